// Issue 3, "Speed and size": public registration and attendance marks under load beside the
// ceiling, and the SQL statements each sends; the weight of the public event pages; importing
// 100,000 participants from a CSV file, with its progress; and a programme's page and cascade with
// 32 countries, 2,000 events and 100,000 participants. Everything it measures against, it creates.
import path from 'node:path';
import { startAppInProcess } from '../harness/app-in-process.js';
import { cookieHeader, formHeaders } from '../harness/credentials.js';
import { send, statementsPerRequest, urlEncoded, type FormPost } from '../harness/form-post.js';
import { loadFigures, weightFigures } from '../harness/figures.js';
import { measureLoad, measureSequential } from '../harness/load.js';
import type { Figure, Goal } from '../harness/report.js';
import type { BenchContext, Scenario } from '../harness/scenario.js';
import { kib } from '../harness/units.js';
import {
	createEventForImport,
	createOpenEvent,
	createProgrammeAtScale,
	createTrainingUnderway,
	scale,
	type AttendanceFixture
} from './events-fixtures.js';

const goals = {
	busyForm: {
		requestsPerSecond: { of: 'ceiling', comparison: '>=', target: 0.4 },
		p95: { of: 'value', comparison: '<', target: 50 }
	},
	statements: { of: 'value', comparison: '<=', target: 10 },
	publicPage: {
		bytes: { of: 'value', comparison: '<=', target: kib(50) },
		requests: { of: 'value', comparison: '<=', target: 6 }
	},
	importSeconds: { of: 'value', comparison: '<', target: 30 },
	yes: { of: 'value', comparison: '=', target: 1 },
	pageAtScale: { of: 'value', comparison: '<', target: 300 }
} satisfies Record<string, Goal | Record<string, Goal>>;

const importedRows = 100_000;
const sequentialRequests = 50;

/** Someone new for every registration: `batch` keeps the emails of separate series apart. */
function registrants(batch: string): () => string {
	let count = 0;
	return () => {
		count++;
		return new URLSearchParams({
			fullName: `Registrant ${batch} ${count}`,
			email: `registrant-${batch}-${count}@bench.invalid`,
			countryCode: 'GR',
			profession: 'nurse',
			category: 'institution'
		}).toString();
	};
}

/** The public form on the event's page; it has no JavaScript, so success is a 303 to the result. */
const registration = (appUrl: string, eventId: string, body: () => string): FormPost => ({
	url: `${appUrl}/e/${eventId}`,
	headers: { ...formHeaders(appUrl), ...urlEncoded },
	body,
	status: 303
});

/**
 * Taps on one session's attendance sheet, as the page sends them with JavaScript (`use:enhance`:
 * the action's result as JSON, without rendering the sheet again): each participant present, then
 * absent again, in turn.
 */
function attendanceMark(context: BenchContext, appUrl: string, training: AttendanceFixture): FormPost {
	const [sessionId] = training.sessionIds;
	let count = 0;
	return {
		url: `${appUrl}/events/${training.eventId}/attendance/${sessionId}?/mark`,
		headers: { ...formHeaders(appUrl, { cookies: context.app.session, enhanced: true }), ...urlEncoded },
		body: () => {
			const registrationId = training.registrationIds[count % training.registrationIds.length];
			const present = Math.floor(count / training.registrationIds.length) % 2 === 0;
			count++;
			return new URLSearchParams({ registrationId, present: String(present) }).toString();
		},
		status: 200
	};
}

async function underLoad(context: BenchContext, name: string, post: FormPost): Promise<Figure[]> {
	context.progress(`load: ${name}`);
	const measured = await measureLoad({
		url: post.url,
		headers: post.headers,
		post: { body: post.body },
		status: post.status
	});
	return loadFigures(name, measured, context.ceiling.organisationsPage, goals.busyForm);
}

/**
 * Statements per request, counted for real: MHub serves the requests inside this process (same
 * build, same database), where every statement it sends to PostgreSQL can be counted; the session
 * lookup and everything else the request does count too.
 */
async function statementsPerAction(
	context: BenchContext,
	openEventId: string,
	training: AttendanceFixture
): Promise<Figure[]> {
	context.progress('SQL statements per registration and per attendance mark');
	const app = await startAppInProcess(path.resolve(process.env.MHUB_BUILD_DIR ?? '.tmp/build-bench'));
	try {
		const perRegistration = await statementsPerRequest(
			registration(app.url, openEventId, registrants('counted'))
		);
		const perMark = await statementsPerRequest(attendanceMark(context, app.url, training));
		return [
			{
				name: 'Public registration: SQL statements per request',
				value: perRegistration,
				unit: 'statements',
				goal: goals.statements
			},
			{
				name: 'Attendance mark: SQL statements per request',
				value: perMark,
				unit: 'statements',
				goal: goals.statements
			}
		];
	} finally {
		await app.stop();
	}
}

async function publicPagesWeight(context: BenchContext, eventId: string): Promise<Figure[]> {
	const { rows } = await context.database.query<{ id: string }>(
		'select id from registration where event_id = $1 limit 1',
		[eventId]
	);
	const pages = [
		{ name: 'Public event page (with its registration form)', path: `/e/${eventId}` },
		{ name: 'Registration result page', path: `/e/${eventId}/registrations/${rows[0].id}` }
	];
	const figures: Figure[] = [];
	for (const page of pages) {
		context.progress(`first load: ${page.name}`);
		figures.push(
			...weightFigures(page.name, await context.measurePage(context.app.url + page.path), goals.publicPage)
		);
	}
	return figures;
}

/** A participants file as people send them: names, emails, country codes, professions, categories. */
function participantsCsv(rows: number): string {
	const countries = ['GR', 'IT', 'MT', 'ES', 'FR', 'SI', 'HR', 'BG'];
	const professions = ['nurse', 'physician', 'social_worker', 'psychologist', 'midwife', 'cultural_mediator'];
	const categories = ['institution', 'civil_society', 'academic', 'student'];
	const lines = ['Full name,Email,Country,Profession,Category,Organisation,Language'];
	for (let i = 0; i < rows; i++) {
		const pick = <T>(values: readonly T[]) => values[i % values.length];
		lines.push(
			`Participant ${i},participant-${i}@import.bench.invalid,${pick(countries)},${pick(professions)},` +
				`${pick(categories)},Health Centre ${i % 500},${pick(['en', 'fr', 'ar'])}`
		);
	}
	return `${lines.join('\n')}\n`;
}

type ImportJob = { status: string; processedRows: number; totalRows: number };

const seconds = (since: number) => (performance.now() - since) / 1000;

/**
 * The import as a coordinator goes through it: upload for the preview, confirm, then follow the
 * progress as the page does (polled here four times a second) until it is done.
 */
async function participantsImport(context: BenchContext, eventId: string): Promise<Figure[]> {
	const appUrl = context.app.url;
	const cookies = context.app.session;
	const participants = `${appUrl}/events/${eventId}/participants`;
	context.progress(`import: preview of ${importedRows.toLocaleString('en')} participants`);
	const form = new FormData();
	form.set('file', new Blob([participantsCsv(importedRows)], { type: 'text/csv' }), 'participants.csv');
	const previewStarted = performance.now();
	const preview = await fetch(`${participants}?/preview`, {
		method: 'POST',
		headers: formHeaders(appUrl, { cookies, enhanced: true }),
		body: form
	});
	const previewAnswer = await preview.text();
	if (preview.status !== 200) throw new Error(`the preview answered ${preview.status}: ${previewAnswer}`);
	const previewSeconds = seconds(previewStarted);
	const { rows } = await context.database.query<{ id: string; total: number; refused: number }>(
		`select id, total_rows as total, jsonb_array_length(refusals) as refused
		from participant_import where event_id = $1`,
		[eventId]
	);
	if (rows.length !== 1 || rows[0].total !== importedRows || rows[0].refused !== 0)
		throw new Error(`the preview did not accept the ${importedRows} rows: ${JSON.stringify(rows)}`);
	const importUrl = `${participants}/imports/${rows[0].id}`;

	context.progress('import: confirmed, following its progress');
	const confirmed = performance.now();
	await send({
		url: importUrl,
		headers: { ...formHeaders(appUrl, { cookies }), ...urlEncoded },
		body: () => '',
		status: 303
	});
	const progressSeen = new Set<number>();
	let job: ImportJob;
	for (;;) {
		const response = await fetch(`${importUrl}/progress`, { headers: { cookie: cookieHeader(cookies) } });
		if (response.status !== 200) throw new Error(`the progress answered ${response.status}`);
		job = (await response.json()) as ImportJob;
		if (job.status === 'running') progressSeen.add(job.processedRows);
		if (job.status === 'done' || job.status === 'failed') break;
		if (seconds(confirmed) > 300) throw new Error(`the import is still ${job.status} after five minutes`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	const importSeconds = seconds(confirmed);
	if (job.status !== 'done') throw new Error('the import failed: see the services log');
	context.progress(
		`import: done in ${importSeconds.toFixed(1)} s, ${progressSeen.size} progress values seen`
	);
	const name = `Import of ${importedRows.toLocaleString('en')} participants (CSV)`;
	return [
		{ name: `${name}: preview (upload and check)`, value: previewSeconds, unit: 's' },
		{ name: `${name}: from confirming to done`, value: importSeconds, unit: 's', goal: goals.importSeconds },
		{
			name: `${name}: progress shown while it ran (2 or more values)`,
			value: progressSeen.size >= 2 ? 1 : 0,
			unit: 'yes/no',
			goal: goals.yes
		}
	];
}

async function programmePagesAtScale(context: BenchContext): Promise<Figure[]> {
	context.progress(
		`loading ${scale.countries} countries, ${scale.events.toLocaleString('en')} events and ` +
			`${scale.participants.toLocaleString('en')} participants into one programme`
	);
	const programmeId = await createProgrammeAtScale(context.database);
	const headers = { cookie: cookieHeader(context.app.session) };
	const pages = [
		{ name: 'Programme page', path: `/programmes/${programmeId}` },
		{ name: 'Cascade page', path: `/programmes/${programmeId}/cascade` }
	];
	const figures: Figure[] = [];
	for (const page of pages) {
		context.progress(`${sequentialRequests} requests one after another: ${page.name}`);
		const measured = await measureSequential(
			{ url: context.app.url + page.path, headers },
			sequentialRequests
		);
		figures.push({
			name: `${page.name} at scale: p95 of ${sequentialRequests} requests in a row`,
			value: measured.p95Ms,
			unit: 'ms',
			goal: goals.pageAtScale
		});
	}
	return figures;
}

export const events: Scenario = {
	name: 'events',
	async run(context) {
		const [openEventId, training, importEventId] = [
			await createOpenEvent(context.database),
			await createTrainingUnderway(context.database),
			await createEventForImport(context.database)
		];
		// One after another: figures measured at the same time would share the machine.
		return [
			...(await underLoad(
				context,
				'Public registration (form on /e/<id>)',
				registration(context.app.url, openEventId, registrants('load'))
			)),
			...(await underLoad(
				context,
				'Attendance mark (one tap)',
				attendanceMark(context, context.app.url, training)
			)),
			...(await statementsPerAction(context, openEventId, training)),
			...(await publicPagesWeight(context, openEventId)),
			...(await participantsImport(context, importEventId)),
			// Last: the programme at scale makes every table larger.
			...(await programmePagesAtScale(context))
		];
	}
};
