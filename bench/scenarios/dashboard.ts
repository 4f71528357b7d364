// Issue 13, "Speed and size": the programme evaluation dashboard over 1 M item answers (100 k
// submissions, 50 k pre → post pairs, 30 countries), written straight into the bench database with
// generate_series; the summaries refreshed as the job does; then the page's p95 under several
// filters (one request at a time) and its first-load weight with its map.
// MHUB_BENCH_DASHBOARD_SCALE (default 1) shrinks the data on a loaded machine (0.1: 100 k items).
import type pg from 'pg';
import { refreshChangedSummaries } from '#lib/server/evaluation/summary.js';
import { cookieHeader } from '../harness/credentials.js';
import { weightFigures } from '../harness/figures.js';
import { percentile } from '../harness/percentile.js';
import type { Figure, Goal } from '../harness/report.js';
import type { BenchContext, Scenario } from '../harness/scenario.js';
import { kib } from '../harness/units.js';

const goals = {
	p95: { of: 'value', comparison: '<', target: 300 },
	page: {
		bytes: { of: 'value', comparison: '<=', target: kib(60) },
		requests: { of: 'value', comparison: '<=', target: 6 }
	}
} satisfies Record<string, Goal | Record<string, Goal>>;

const scale = Number(process.env.MHUB_BENCH_DASHBOARD_SCALE ?? 1);
/** 2,000 events × 25 people × (pre + post) = 100 k submissions, 50 k pairs, 10 items each. */
const size = { events: Math.max(30, Math.round(2000 * scale)), people: 25, items: 10 };

/** 30 countries of Europe and the Middle East and North Africa. */
const countries = [
	'AT',
	'BE',
	'BG',
	'CY',
	'CZ',
	'DE',
	'DK',
	'EE',
	'ES',
	'FI',
	'FR',
	'GR',
	'HR',
	'HU',
	'IE',
	'IT',
	'LT',
	'LU',
	'LV',
	'MT',
	'NL',
	'PL',
	'PT',
	'RO',
	'SE',
	'SI',
	'SK',
	'JO',
	'LB',
	'MA'
];
const professions = ['nurse', 'physician', 'psychologist', 'social_worker', 'cultural_mediator'];

const definition = {
	sections: [
		{
			name: 'quiz',
			title: { en: 'Quiz' },
			questions: Array.from({ length: size.items }, (_, index) => ({
				name: `q${index + 1}`,
				type: 'yes_no',
				label: { en: `Question ${index + 1}` },
				required: true,
				choices: [],
				allowOther: false,
				rows: [],
				showIf: [],
				marks: 1,
				correct: 'yes',
				module: `M${1 + (index % 3)}`
			}))
		}
	]
};

/** The programme, its events, people, pre- and post-tests and their items; the programme's id. */
async function seed(database: pg.Pool): Promise<string> {
	const one = async (text: string, values: unknown[] = []) => (await database.query(text, values)).rows[0];
	const { id: programmeId } = await one(
		`insert into programme (name, starts_on, ends_on) values ('{"en": "Benchmark programme (dashboard)"}', '2024-01-01', '2027-12-31') returning id`
	);
	await database.query(
		`insert into programme_country (programme_id, country_code, participation, trainings_target)
		select $1, code, 'pilot', 70 from unnest($2::text[]) code`,
		[programmeId, countries]
	);
	const { id: surveyId } = await one(
		`insert into survey (programme_id, title, definition, languages) values ($1, '{"en": "Benchmark test"}', $2, '{en}') returning id`,
		[programmeId, JSON.stringify(definition)]
	);
	const { id: versionId } = await one(
		`insert into instrument_version (survey_id, number, definition, digest) values ($1, 1, $2, md5($2::jsonb::text)) returning id`,
		[surveyId, JSON.stringify(definition)]
	);
	await database.query(
		`insert into event (programme_id, kind, title, starts_on, ends_on, country_code, language)
		select $1, (case when n % 2 = 0 then 'pilot_training' else 'rollout_training' end)::event_kind,
			jsonb_build_object('en', 'Benchmark training ' || n), date '2024-01-01' + n % 700, date '2024-01-01' + n % 700,
			($2::text[])[1 + n % 30], 'en'
		from generate_series(1, $3) n`,
		[programmeId, countries, size.events]
	);
	await database.query(
		`insert into evaluation_phase (event_id, phase, survey_id, opens_at, closes_at, pass_mark_percent)
		select e.id, p.phase::evaluation_phase_kind, $2, '2024-01-01', '2028-01-01', case when p.phase = 'post' then 70 end
		from event e, (values ('pre'), ('post')) p(phase) where e.programme_id = $1`,
		[programmeId, surveyId]
	);
	// A fifth of the people come back to another training with the same address.
	await database.query(
		`insert into registration (event_id, full_name, email, country_code, profession, category, status)
		select e.id, 'Benchmark person', 'person-' || (case when k <= 5 then (e.n * 7 + k) % 5000 else e.n * 100 + k end) || '@bench.invalid',
			($2::text[])[1 + abs(hashtext(e.id::text || k)) % 30], ($3::text[])[1 + abs(hashtext(k || e.id::text)) % 5]::profession,
			'social_worker', 'confirmed'
		from (select id, row_number() over (order by id) as n from event where programme_id = $1) e, generate_series(1, $4) k`,
		[programmeId, countries, professions, size.people]
	);
	await database.query(
		`insert into evaluation_submission (phase_id, event_id, registration_id, version_id, score, max_score, passed, country_code, profession, source)
		select p.id, r.event_id, r.id, $2, s.score, $3, case when p.phase = 'post' then s.score >= 0.7 * $3 end, r.country_code, r.profession, 'import'
		from registration r join event e on e.id = r.event_id join evaluation_phase p on p.event_id = e.id
		cross join lateral (select case when p.phase = 'pre' then abs(hashtext(r.id::text)) % 8
			else least($3, abs(hashtext(r.id::text)) % 8 + abs(hashtext(r.id::text || 'post')) % 5) end as score) s
		where e.programme_id = $1`,
		[programmeId, versionId, size.items]
	);
	await database.query(
		`insert into evaluation_item (submission_id, item, module, marks, earned)
		select s.id, 'q' || i, 'M' || (1 + i % 3), 1, case when i <= s.score then 1 else 0 end
		from evaluation_submission s join event e on e.id = s.event_id, generate_series(1, $2) i
		where e.programme_id = $1`,
		[programmeId, size.items]
	);
	await database.query(
		'analyze event, registration, evaluation_submission, evaluation_item, evaluation_phase'
	);
	return programmeId;
}

/** Timings of `rounds` requests of each address, one at a time, after two unmeasured ones each. */
async function timings(context: BenchContext, paths: readonly string[], rounds: number): Promise<number[]> {
	const headers = { cookie: cookieHeader(context.app.session), 'accept-encoding': 'gzip' };
	const measured: number[] = [];
	for (const path of paths) {
		for (let round = 0; round < rounds + 2; round++) {
			const started = performance.now();
			const response = await fetch(context.app.url + path, { headers });
			await response.arrayBuffer();
			if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
			if (round >= 2) measured.push(performance.now() - started);
		}
	}
	return measured;
}

export const dashboard: Scenario = {
	name: 'dashboard',
	async run(context) {
		context.progress(
			`loading ${size.events} trainings × ${size.people} people, pre and post × ${size.items} items`
		);
		const programmeId = await seed(context.database);
		const { rows } = await context.database.query<{ items: number; submissions: number }>(
			`select (select count(*)::int from evaluation_item) as items, (select count(*)::int from evaluation_submission) as submissions`
		);
		context.progress(
			`${rows[0].submissions} submissions, ${rows[0].items} item answers; refreshing the summaries`
		);
		const started = performance.now();
		const refreshed = await refreshChangedSummaries();
		const refreshMs = performance.now() - started;
		await context.database.query('analyze evaluation_summary');
		const base = `/programmes/${programmeId}/dashboard`;
		const paths = [
			base,
			`${base}?country=GR`,
			`${base}?profession=nurse&from=2024-06-01&to=2025-06-30`,
			`${base}?kind=pilot_training&view=mena&measure=gain`,
			`${base}?country=IT&profession=physician&measure=participants`
		];
		context.progress(`dashboard page: ${paths.length} filters × 20 requests`);
		const measured = await timings(context, paths, 20);
		context.progress('first load: dashboard page with its map');
		const weight = await context.measurePage(context.app.url + paths[0], context.app.session);
		const figures: Figure[] = [
			{
				name: `Evaluation summaries refreshed, ${refreshed} events: time per event`,
				value: refreshMs / Math.max(1, refreshed),
				unit: 'ms'
			},
			{
				name: `Programme dashboard over ${rows[0].items} item answers, 5 filters: p95 of ${measured.length} requests`,
				value: percentile(measured, 95),
				unit: 'ms',
				goal: goals.p95
			},
			...weightFigures('Programme dashboard page with its map', weight, goals.page)
		];
		return figures;
	}
};
