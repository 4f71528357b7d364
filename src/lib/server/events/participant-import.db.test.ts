import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { user } from '../db/schema/auth.js';
import { event, registration } from '../db/schema/events.js';
import { storedFile } from '../db/schema/files.js';
import { sheetXml, workbookOf } from '../testing/zip.js';
import { jobHandlers } from '../jobs/handlers.js';
import { startJobs, stopJobs } from '../jobs/queue.js';
import { useTestDatabase } from '../testing/database.js';
import { actor } from '../testing/fixtures.js';
import { readTable } from './participant-file.js';
import {
	deleteStalePreviews,
	getParticipantImport,
	getParticipantsOverview,
	maxImportBytes,
	previewCleanupJob,
	previewParticipantImport,
	runParticipantImport,
	startParticipantImport,
	tallyRefusals
} from './participant-import.js';
import { exportParticipants } from './participants-export.js';

useTestDatabase();
beforeAll(() => startJobs(process.env.DATABASE_URL!, jobHandlers));
afterAll(() => stopJobs(5_000));

const coordinator = actor('coordinator', { role: 'programme_coordinator', scope: { kind: 'platform' } });
const greekFocalPoint = actor('focal-gr', {
	role: 'country_focal_point',
	scope: { kind: 'countries', countryCodes: ['GR'] }
});
const malteseFocalPoint = actor('focal-mt', {
	role: 'country_focal_point',
	scope: { kind: 'countries', countryCodes: ['MT'] }
});

beforeAll(async () => {
	await db()
		.insert(user)
		.values(
			[coordinator, greekFocalPoint, malteseFocalPoint].map((a) =>
				a.kind === 'user' ? { id: a.userId, name: a.name, email: a.email } : { id: '', name: '', email: '' }
			)
		);
});

let serial = 0;
async function greekEvent(): Promise<string> {
	const [row] = await db()
		.insert(event)
		.values({
			kind: 'pilot_training',
			title: { en: `Pilot ${++serial}` },
			startsOn: '2026-05-04',
			endsOn: '2026-05-06',
			countryCode: 'GR',
			city: 'Athens',
			language: 'el'
		})
		.returning({ id: event.id });
	return row.id;
}

const header = 'Full name,Email,Country,Profession,Category,Organisation,Language';
const csv = (...lines: string[]) => ({
	name: 'participants.csv',
	content: new TextEncoder().encode([header, ...lines].join('\n'))
});

async function finished(actorWho: Actor, eventId: string, importId: string) {
	for (let tries = 0; tries < 300; tries++) {
		const row = await getParticipantImport(actorWho, eventId, importId);
		if (row.status === 'done' || row.status === 'failed') return row;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error('the import did not finish');
}

const registrationsOf = async (eventId: string) =>
	db()
		.select({ email: registration.email, status: registration.status, decidedBy: registration.decidedBy })
		.from(registration)
		.where(eq(registration.eventId, eventId))
		.orderBy(registration.email);

/** The upload as the route hands it over: read only when the import asks for it. */
const uploaded = (file: { name: string; content: Uint8Array }) => async () => file;

const refusal = (code: string, file?: string) =>
	expect.objectContaining({ code, ...(file ? { fields: { file: [file] } } : {}) });

describe('importing participants', () => {
	it('previews the file, imports its good rows in a background job, and reports the refused ones by line', async () => {
		const eventId = await greekEvent();
		await db().insert(registration).values({
			eventId,
			fullName: 'Already There',
			email: 'already@example.org',
			countryCode: 'GR',
			profession: 'nurse',
			category: 'institution',
			status: 'confirmed'
		});
		const preview = await previewParticipantImport(
			greekFocalPoint,
			eventId,
			uploaded(
				csv(
					'Eleni Papadopoulou,eleni@example.org,Greece,nurse,institution,EODY,',
					'Nadia Benali,NADIA@example.org,Maroc,doctor,academic,,fr',
					'No Email,,GR,nurse,student,,',
					'Bad Country,bad-country@example.org,Atlantis,nurse,student,,',
					'Again,already@example.org,GR,nurse,student,,',
					'Twice,nadia@example.org,GR,nurse,student,,',
					'سارة الحسيني,sara@example.org,MA,cultural mediator,civil society,,ar'
				)
			)
		);
		expect(preview).toMatchObject({ fileName: 'participants.csv', totalRows: 7, goodRows: 3 });
		expect(preview.sample.map((row) => [row.email, row.countryCode, row.profession, row.locale])).toEqual([
			['eleni@example.org', 'GR', 'nurse', 'en'],
			['nadia@example.org', 'MA', 'physician', 'fr'],
			['sara@example.org', 'MA', 'cultural_mediator', 'ar']
		]);
		const refused = [
			{ line: 4, field: 'email', problem: 'required', value: '' },
			{ line: 5, field: 'countryCode', problem: 'unknown_country', value: 'Atlantis' },
			{ line: 6, field: 'email', problem: 'already_registered', value: 'already@example.org' },
			{ line: 7, field: 'email', problem: 'duplicate_in_file', value: 'nadia@example.org' }
		];
		expect(preview.refusals).toEqual(refused);
		expect(tallyRefusals(preview.refusals)).toEqual({ refusedRows: 3, duplicateRows: 1 });
		expect(await registrationsOf(eventId)).toHaveLength(1);
		expect(await getParticipantImport(greekFocalPoint, eventId, preview.importId)).toMatchObject({
			status: 'previewed',
			refusals: refused
		});

		await startParticipantImport(greekFocalPoint, eventId, preview.importId);
		const report = await finished(greekFocalPoint, eventId, preview.importId);
		expect(report).toMatchObject({
			status: 'done',
			totalRows: 7,
			processedRows: 7,
			importedRows: 3,
			refusals: refused,
			error: null
		});
		expect(report.finishedAt).toBeInstanceOf(Date);
		expect(await registrationsOf(eventId)).toEqual([
			{ email: 'already@example.org', status: 'confirmed', decidedBy: null },
			{ email: 'eleni@example.org', status: 'confirmed', decidedBy: 'focal-gr' },
			{ email: 'nadia@example.org', status: 'confirmed', decidedBy: 'focal-gr' },
			{ email: 'sara@example.org', status: 'confirmed', decidedBy: 'focal-gr' }
		]);

		// A second click on "Import" (or a resent form) imports nothing twice.
		await startParticipantImport(greekFocalPoint, eventId, preview.importId);
		expect(await registrationsOf(eventId)).toHaveLength(4);
		const overview = await getParticipantsOverview(coordinator, eventId);
		expect(overview.title.en).toMatch(/^Pilot \d+$/);
		expect(overview.standing).toBe(4);
		expect(overview.imports.map((row) => [row.status, row.importedRows])).toEqual([['done', 3]]);
	});

	it('skips, and reports, the people who registered between the preview and the import', async () => {
		const eventId = await greekEvent();
		const preview = await previewParticipantImport(
			coordinator,
			eventId,
			uploaded(csv('Ana,ana@example.org,GR,nurse,student,,', 'Ben,ben@example.org,GR,nurse,student,,'))
		);
		expect(preview.refusals).toEqual([]);
		await db().insert(registration).values({
			eventId,
			fullName: 'Ben (registered meanwhile)',
			email: 'BEN@example.org',
			countryCode: 'GR',
			profession: 'nurse',
			category: 'student',
			status: 'pending'
		});
		await startParticipantImport(coordinator, eventId, preview.importId);
		const report = await finished(coordinator, eventId, preview.importId);
		expect(report).toMatchObject({ status: 'done', importedRows: 1, processedRows: 2 });
		expect(report.refusals).toEqual([
			{ line: 3, field: 'email', problem: 'already_registered', value: 'ben@example.org' }
		]);
	});

	it('refuses a file as a whole, naming what is wrong, and then stores and imports nothing', async () => {
		const eventId = await greekEvent();
		const [{ files: filesBefore }] = await db().select({ files: count() }).from(storedFile);
		const preview = (file: { name: string; content: Uint8Array }) =>
			previewParticipantImport(coordinator, eventId, uploaded(file));
		const text = (name: string, content: string) => ({ name, content: new TextEncoder().encode(content) });

		await expect(preview(text('people.csv', 'Full name,Email\nAna,ana@example.org'))).rejects.toThrow(
			expect.objectContaining({
				fields: { file: ['import_missing_columns'] },
				details: { missing: ['Country', 'Profession', 'Category'] }
			})
		);
		await expect(preview(text('people.csv', `${header}\n,,,,,,\n`))).rejects.toThrow(
			refusal('invalid', 'import_empty')
		);
		await expect(preview(text('people.csv', ''))).rejects.toThrow(refusal('invalid', 'import_empty'));
		await expect(preview(text('', ''))).rejects.toThrow(refusal('invalid', 'required'));
		await expect(preview(text('people.pdf', '%PDF-1.7'))).rejects.toThrow(
			refusal('invalid', 'import_wrong_type')
		);
		await expect(
			preview({ name: 'huge.csv', content: new Uint8Array(maxImportBytes + 1).fill(0x61) })
		).rejects.toThrow(refusal('invalid', 'import_too_large'));
		// A workbook cut short in its upload, and one whose cells lie at column XFD (it once took 4 GB).
		const workbook = workbookOf({ Participants: [header.split(','), ['Ana', 'ana@example.org', 'GR']] });
		await expect(
			preview({ name: 'people.xlsx', content: workbook.subarray(0, workbook.length - 20) })
		).rejects.toThrow(refusal('invalid', 'file_damaged'));
		const far = sheetXml([header.split(',')]).replace(
			'</sheetData>',
			`${Array.from({ length: 3_000 }, (_, r) => `<row r="${r + 2}"><c r="XFD${r + 2}"><v>1</v></c></row>`).join('')}</sheetData>`
		);
		await expect(preview({ name: 'people.xlsx', content: workbookOf({ far }) })).rejects.toThrow(
			refusal('invalid', 'file_too_many_columns')
		);

		expect((await getParticipantsOverview(coordinator, eventId)).imports).toEqual([]);
		expect(await db().select({ files: count() }).from(storedFile)).toEqual([{ files: filesBefore }]);
		expect(await registrationsOf(eventId)).toEqual([]);
	});

	it('reads an upload only for someone who may manage the event', async () => {
		const eventId = await greekEvent();
		const upload = vi.fn(uploaded(csv('Ana,ana@example.org,GR,nurse,student,,')));
		await expect(previewParticipantImport(malteseFocalPoint, eventId, upload)).rejects.toThrow(
			refusal('forbidden')
		);
		await expect(previewParticipantImport({ kind: 'public' }, eventId, upload)).rejects.toThrow(
			refusal('unauthenticated')
		);
		expect(upload).not.toHaveBeenCalled();
	});

	it('deletes previews left unconfirmed for a day, with their files, every hour', async () => {
		const eventId = await greekEvent();
		const preview = async () =>
			(
				await previewParticipantImport(
					coordinator,
					eventId,
					uploaded(csv('Ana,ana@example.org,GR,nurse,student,,'))
				)
			).importId;
		const [stale, confirmed, fresh] = [await preview(), await preview(), await preview()];
		await startParticipantImport(coordinator, eventId, confirmed);
		await db().execute(sql`update participant_import set created_at = now() - interval '25 hours'
			where id in (${stale}, ${confirmed})`);
		const fileOf = async (importId: string) =>
			(
				await db().execute<{ file_id: string }>(
					sql`select file_id from participant_import where id = ${importId}`
				)
			).rows[0].file_id;
		const staleFile = await fileOf(stale);

		expect(await deleteStalePreviews()).toBe(1);
		await expect(getParticipantImport(coordinator, eventId, stale)).rejects.toThrow(refusal('not_found'));
		expect(await db().select({ n: count() }).from(storedFile).where(eq(storedFile.id, staleFile))).toEqual([
			{ n: 0 }
		]);
		expect((await getParticipantImport(coordinator, eventId, fresh)).status).toBe('previewed');
		expect((await getParticipantImport(coordinator, eventId, confirmed)).status).not.toBe('previewed');
		const schedules = await db().execute<{ cron: string }>(
			sql`select cron from pgboss.schedule where name = ${previewCleanupJob}`
		);
		expect(schedules.rows).toEqual([{ cron: '23 * * * *' }]);
	});

	it('lets a Malta focal point neither import into nor export from a Greek event', async () => {
		const eventId = await greekEvent();
		const file = csv('Ana,ana@example.org,GR,nurse,student,,');
		await expect(previewParticipantImport(malteseFocalPoint, eventId, uploaded(file))).rejects.toThrow(
			refusal('forbidden')
		);
		const { importId } = await previewParticipantImport(greekFocalPoint, eventId, uploaded(file));
		await expect(startParticipantImport(malteseFocalPoint, eventId, importId)).rejects.toThrow(
			refusal('forbidden')
		);
		await expect(getParticipantImport(malteseFocalPoint, eventId, importId)).rejects.toThrow(
			refusal('forbidden')
		);
		await expect(getParticipantsOverview(malteseFocalPoint, eventId)).rejects.toThrow(refusal('forbidden'));
		await expect(exportParticipants(malteseFocalPoint, eventId, 'csv', 'en')).rejects.toThrow(
			refusal('forbidden')
		);
		expect((await getParticipantImport(greekFocalPoint, eventId, importId)).status).toBe('previewed');
		// An import reached through another event's address is no import of this one.
		await expect(getParticipantImport(coordinator, await greekEvent(), importId)).rejects.toThrow(
			refusal('not_found')
		);
		await expect(getParticipantImport(coordinator, eventId, 'not-an-id')).rejects.toThrow(
			refusal('not_found')
		);
	});

	it('imports 20,000 rows, all of them, with the progress complete at the end', async () => {
		const eventId = await greekEvent();
		const lines = Array.from(
			{ length: 20_000 },
			(_, i) => `Person ${i},person.${i}@example.org,GR,nurse,student,Org ${i % 50},fr`
		);
		const started = performance.now();
		const { importId, goodRows } = await previewParticipantImport(
			coordinator,
			eventId,
			uploaded(csv(...lines))
		);
		expect(goodRows).toBe(20_000);
		await startParticipantImport(coordinator, eventId, importId);
		const report = await finished(coordinator, eventId, importId);
		console.info(`20,000 rows previewed and imported in ${Math.round(performance.now() - started)} ms`);
		expect(report).toMatchObject({
			status: 'done',
			importedRows: 20_000,
			processedRows: 20_000,
			refusals: []
		});
		const [{ rows, distinct }] = await db()
			.select({ rows: count(), distinct: sql<number>`count(distinct lower(${registration.email}))::int` })
			.from(registration)
			.where(eq(registration.eventId, eventId));
		expect({ rows, distinct }).toEqual({ rows: 20_000, distinct: 20_000 });
	});

	it('imports nothing when the job fails half-way, and marks the import failed with its reason', async () => {
		const eventId = await greekEvent();
		await db().execute(sql`create function refuse_boom() returns trigger language plpgsql as $$
			begin if new.email = 'boom@example.org' then raise exception 'boom'; end if; return new; end $$`);
		await db().execute(sql`create trigger refuse_boom before insert on registration
			for each row execute function refuse_boom()`);
		try {
			const lines = Array.from({ length: 8_000 }, (_, i) =>
				i === 7_000
					? 'Boom,boom@example.org,GR,nurse,student,,'
					: `Person ${i},p${i}@example.org,GR,nurse,student,,`
			);
			const { importId } = await previewParticipantImport(coordinator, eventId, uploaded(csv(...lines)));
			await startParticipantImport(coordinator, eventId, importId);
			const report = await finished(coordinator, eventId, importId);
			expect(report).toMatchObject({ status: 'failed', error: 'import_failed', importedRows: 0 });
			expect(await registrationsOf(eventId)).toEqual([]);
		} finally {
			await db().execute(sql`drop trigger refuse_boom on registration`);
		}
	});

	it('a job for an import that is not queued does nothing', async () => {
		const eventId = await greekEvent();
		const { importId } = await previewParticipantImport(
			coordinator,
			eventId,
			uploaded(csv('Ana,ana@example.org,GR,nurse,student,,'))
		);
		await runParticipantImport(importId);
		expect((await getParticipantImport(coordinator, eventId, importId)).status).toBe('previewed');
		expect(await registrationsOf(eventId)).toEqual([]);
	});
});

describe('exporting participants', () => {
	it("writes the event's standing registrations in a file that imports again", async () => {
		const eventId = await greekEvent();
		const { importId } = await previewParticipantImport(
			coordinator,
			eventId,
			uploaded(
				csv(
					'Zoe Nikolaou,zoe@example.org,GR,nurse,student,EODY,',
					'Amal Haddad,amal@example.org,Morocco,physician,academic,,ar',
					'Declined Person,declined@example.org,GR,nurse,student,,'
				)
			)
		);
		await startParticipantImport(coordinator, eventId, importId);
		await finished(coordinator, eventId, importId);
		await db()
			.update(registration)
			.set({ status: 'declined' })
			.where(eq(registration.email, 'declined@example.org'));
		await db()
			.update(event)
			.set({ title: { en: 'Pilot: Athens', fr: 'Pilote : Athènes' } })
			.where(eq(event.id, eventId));

		const file = await exportParticipants(greekFocalPoint, eventId, 'xlsx', 'fr');
		expect(file.name).toBe('Pilote Athènes.xlsx');
		expect(await readTable(file.content, file.name)).toEqual([
			['Full name', 'Email', 'Country', 'Profession', 'Category', 'Organisation', 'Language'],
			['Amal Haddad', 'amal@example.org', 'MA', 'physician', 'academic', '', 'ar'],
			['Zoe Nikolaou', 'zoe@example.org', 'GR', 'nurse', 'student', 'EODY', 'en']
		]);

		const again = await greekEvent();
		const preview = await previewParticipantImport(coordinator, again, uploaded(file));
		expect(preview).toMatchObject({ goodRows: 2, refusals: [] });

		await expect(exportParticipants(coordinator, eventId, 'pdf', 'en')).rejects.toThrow(refusal('not_found'));
	});
});
