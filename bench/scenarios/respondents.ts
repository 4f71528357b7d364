// Issue 4, "Speed and size", for the people who answer: submitting a survey response and a Delphi
// rating page under load beside the ceiling, and the SQL statements each sends; the first load of
// the respondent pages in each language; and a Delphi round's statistics for 200 panellists × 500
// statements. What it measures against is written straight into the bench database with SQL.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type pg from 'pg';
import { db } from '#lib/server/db/client.js';
import { roundResults } from '#lib/server/delphi/rounds.js';
import { autonym } from '#lib/i18n/content-languages.js';
import { SurveyDefinitionSchema } from '#lib/surveys/definition.js';
import { startAppInProcess } from '../harness/app-in-process.js';
import { loadFigures, weightFigures } from '../harness/figures.js';
import { formHeaders } from '../harness/credentials.js';
import { statementsPerRequest, urlEncoded, type FormPost } from '../harness/form-post.js';
import { measureLoad } from '../harness/load.js';
import type { BrowserCookie } from '../harness/page-weight.js';
import type { Figure, Goal } from '../harness/report.js';
import type { BenchContext, Scenario } from '../harness/scenario.js';
import { kib } from '../harness/units.js';
import { benchSurveyDefinition } from './surveys.js';

const goals = {
	busyForm: {
		requestsPerSecond: { of: 'ceiling', comparison: '>=', target: 0.4 },
		p95: { of: 'value', comparison: '<', target: 50 }
	},
	statements: { of: 'value', comparison: '<=', target: 10 },
	respondentPage: {
		bytes: { of: 'value', comparison: '<=', target: kib(50) },
		requests: { of: 'value', comparison: '<=', target: 6 }
	},
	roundStatistics: { of: 'value', comparison: '<', target: 200 }
} satisfies Record<string, Goal | Record<string, Goal>>;

const panel = { panellists: 200, statements: 500, loadStatements: 20 };

async function benchProgramme(database: pg.Pool): Promise<string> {
	const { rows } = await database.query<{ id: string }>(
		`insert into programme (name, starts_on, ends_on) values ('{"en": "Benchmark programme (respondents)"}', current_date, current_date + 365) returning id`
	);
	return rows[0].id;
}

/**
 * Languages whose respondent page is weighed besides the interface's: Slovenian and Ukrainian (Latin
 * and Cyrillic, Ukrainian with MHub's own words), Tigrinya (Ethiopic, 3 bytes a letter) and Dari
 * (Arabic script, right to left), the last two without MHub's words.
 */
const otherLanguages = ['sl', 'uk', 'ti', 'fa-AF'] as const;

/**
 * Every English text of a definition also in `languages`: the English text behind the language's
 * own name, in its script. Not translations (nobody reads them): texts of a realistic length and
 * byte size for weighing the page.
 */
function inLanguages<T>(value: T, languages: readonly string[]): T {
	if (Array.isArray(value)) return value.map((item) => inLanguages(item, languages)) as T;
	if (value === null || typeof value !== 'object') return value;
	const entries = Object.entries(value).map(([key, item]) => [key, inLanguages(item, languages)]);
	const english = (value as Record<string, unknown>).en;
	if (typeof english !== 'string') return Object.fromEntries(entries) as T;
	const added = languages.map((tag) => [tag, `${autonym(tag)} ${english}`]);
	return Object.fromEntries([...entries, ...added]) as T;
}

/** An open survey with the twelve questions of the results bench, answered through its public link. */
async function createOpenSurvey(database: pg.Pool, programmeId: string): Promise<string> {
	// A public link's token has the shape of any other: 32 random bytes in base64url.
	const token = randomBytes(32).toString('base64url');
	const title = inLanguages(
		{ en: 'Benchmark survey', fr: 'Enquête de référence', ar: 'استبيان مرجعي' },
		otherLanguages
	);
	await database.query(
		`insert into survey (programme_id, title, definition, languages, opens_at, public_token)
		values ($1, $2, $3, $4, now() - interval '1 day', $5)`,
		[
			programmeId,
			JSON.stringify(title),
			JSON.stringify(SurveyDefinitionSchema.parse(inLanguages(benchSurveyDefinition, otherLanguages))),
			['en', 'fr', 'ar', ...otherLanguages],
			token
		]
	);
	return token;
}

/** One complete answer to every question, with a submission key of its own each time. */
function surveyAnswers(): () => string {
	let count = 0;
	return () => {
		count++;
		return new URLSearchParams([
			['q.role', 'nurse'],
			['q.sector', 'public'],
			['q.based_in', 'GR'],
			['q.years', String(count % 30)],
			['q.full_name', `Respondent ${count}`],
			['q.contact', `respondent-${count}@bench.invalid`],
			['q.topics', 'mental_health'],
			['q.topics', 'law'],
			['q.useful', 'yes'],
			['q.score', '4'],
			['q.trained_on', '2026-03-01'],
			['q.comment', 'Useful, and the cases were close to our practice.'],
			['language', 'en'],
			['submissionKey', crypto.randomUUID()],
			['intent', 'submit']
		]).toString();
	};
}

type Panel = { studyId: string; tokens: string[]; statementIds: string[] };

/**
 * A Delphi study with `statements` statements in one domain and `panellists` panellists (directory
 * people of the bench's own), round 1 open.
 */
async function createOpenRound(
	database: pg.Pool,
	programmeId: string,
	statements: number,
	panellists: number
): Promise<Panel> {
	const stamp = Date.now();
	const { rows: studies } = await database.query<{ id: string }>(
		`insert into delphi_study (programme_id, title, scale, rule, rounds_planned, rule_fixed_at)
		values ($1, '{"en": "Benchmark Delphi study"}', 'nine',
			'{"kind": "bands", "inMinHigh": 70, "inMaxLow": 15, "outMinLow": 70, "outMaxHigh": 15, "minRated": 1}', 2, now())
		returning id`,
		[programmeId]
	);
	const studyId = studies[0].id;
	const { rows: domains } = await database.query<{ id: string }>(
		`insert into delphi_domain (study_id, position, title) values ($1, 1, '{"en": "Everything"}') returning id`,
		[studyId]
	);
	const { rows: statementRows } = await database.query<{ id: string }>(
		`insert into delphi_statement (study_id, domain_id, position, text)
		select $1, $2, n, jsonb_build_object('en', 'Statement ' || n) from generate_series(1, $3) n
		returning id`,
		[studyId, domains[0].id, statements]
	);
	const { rows: panelRows } = await database.query<{ token: string }>(
		`with people as (
			insert into person (full_name, email, profession)
			select 'Panellist ' || n, 'panellist-' || n || '-${stamp}@bench.invalid', 'researcher'
			from generate_series(1, $2) n returning id, full_name)
		insert into delphi_panellist (study_id, person_id, stakeholder_group, token)
		select $1, id, case when right(full_name, 1) in ('1', '3', '5', '7', '9') then 'Academia' else 'Ministries' end,
			'bench-panel-${stamp}-' || replace(full_name, ' ', '-')
		from people returning token`,
		[studyId, panellists]
	);
	await database.query(
		`insert into delphi_round (study_id, number, opens_at, closes_at) values ($1, 1, now() - interval '1 day', now() + interval '7 days')`,
		[studyId]
	);
	return {
		studyId,
		tokens: panelRows.map((row) => row.token),
		statementIds: statementRows.map((row) => row.id)
	};
}

/** Every panellist in turn submits the whole round, each statement rated 1–9. */
function ratingPages(round: Panel): { path: () => string; body: () => string } {
	let count = 0;
	let current = '';
	return {
		path: () => current,
		body: () => {
			const token = round.tokens[count % round.tokens.length];
			current = `/d/${encodeURIComponent(token)}`;
			count++;
			return new URLSearchParams([
				...round.statementIds.flatMap((id, index) => [
					['s', id],
					[`r.${id}`, String(1 + ((count + index) % 9))]
				]),
				['intent', 'submit']
			]).toString();
		}
	};
}

const surveyPost = (appUrl: string, token: string): FormPost => ({
	url: `${appUrl}/s/${token}`,
	headers: { ...formHeaders(appUrl), ...urlEncoded },
	body: surveyAnswers(),
	status: 303
});

/** Panellists' pages, each posting the whole round in turn (one panellist only when `token` is given). */
function delphiPost(appUrl: string, round: Panel, token?: string): FormPost {
	const pages = ratingPages(token ? { ...round, tokens: [token] } : round);
	return {
		url: `${appUrl}/d/${encodeURIComponent(token ?? round.tokens[0])}`,
		headers: { ...formHeaders(appUrl), ...urlEncoded },
		body: pages.body,
		path: pages.path,
		status: 303
	};
}

async function underLoad(context: BenchContext, name: string, post: FormPost): Promise<Figure[]> {
	context.progress(`load: ${name}`);
	const measured = await measureLoad({
		url: post.url,
		headers: post.headers,
		post: { body: post.body, path: post.path },
		status: post.status
	});
	return loadFigures(name, measured, context.ceiling.organisationsPage, goals.busyForm);
}

async function statementsPerSubmission(surveyToken: string, round: Panel): Promise<Figure[]> {
	const app = await startAppInProcess(path.resolve(process.env.MHUB_BUILD_DIR ?? '.tmp/build-bench'));
	try {
		const survey = await statementsPerRequest(surveyPost(app.url, surveyToken));
		const delphi = await statementsPerRequest(delphiPost(app.url, round, round.tokens[1]));
		return [
			{
				name: 'Survey response submitted: SQL statements per request',
				value: survey,
				unit: 'statements',
				goal: goals.statements
			},
			{
				name: 'Delphi rating page submitted: SQL statements per request',
				value: delphi,
				unit: 'statements',
				goal: goals.statements
			}
		];
	} finally {
		await app.stop();
	}
}

/**
 * The first load of each respondent page in each language (the language is the reader's cookie: the
 * interface's, or the one chosen on the page). Pages use the system's fonts: no font is downloaded.
 */
async function respondentPagesWeight(
	context: BenchContext,
	surveyToken: string,
	round: Panel
): Promise<Figure[]> {
	const figures: Figure[] = [];
	const interfacePages = (locale: string) => [
		{ name: `Survey respondent page (${locale})`, path: `/s/${surveyToken}` },
		{
			name: `Delphi round page, 20 statements (${locale})`,
			path: `/d/${encodeURIComponent(round.tokens[2])}`
		}
	];
	const readings = [
		...['en', 'fr', 'ar'].map((locale) => ({
			cookies: [{ name: 'PARAGLIDE_LOCALE', value: locale }],
			pages: interfacePages(locale)
		})),
		...otherLanguages.map((tag) => ({
			cookies: [{ name: 'mhub_questionnaire_language', value: tag }],
			pages: [{ name: `Survey respondent page (${tag})`, path: `/s/${surveyToken}` }]
		}))
	] satisfies { cookies: BrowserCookie[]; pages: { name: string; path: string }[] }[];
	for (const { cookies, pages } of readings) {
		for (const page of pages) {
			context.progress(`first load: ${page.name}`);
			figures.push(
				...weightFigures(
					page.name,
					await context.measurePage(context.app.url + page.path, cookies),
					goals.respondentPage
				)
			);
		}
	}
	return figures;
}

/**
 * What closing a round computes (every statement's distribution, median, IQR, bands and outcome,
 * overall and per group) for 200 panellists × 500 statements, all submitted: p95 of ten runs.
 */
async function roundStatistics(context: BenchContext, programmeId: string): Promise<Figure[]> {
	context.progress(`loading ${panel.panellists} panellists × ${panel.statements} statements of ratings`);
	const round = await createOpenRound(context.database, programmeId, panel.statements, panel.panellists);
	await context.database.query(
		`insert into delphi_rating (round_id, statement_id, panellist_id, rating)
		select r.id, s.id, p.id, 1 + (abs(hashtext(s.id::text || p.id::text)) % 9)
		from delphi_round r join delphi_statement s on s.study_id = r.study_id join delphi_panellist p on p.study_id = r.study_id
		where r.study_id = $1`,
		[round.studyId]
	);
	await context.database.query(
		`insert into delphi_participation (round_id, panellist_id, submitted_at)
		select r.id, p.id, now() from delphi_round r join delphi_panellist p on p.study_id = r.study_id where r.study_id = $1`,
		[round.studyId]
	);
	// As autovacuum would after a bulk load: the planner then knows the sizes.
	await context.database.query(
		'analyze delphi_rating, delphi_participation, delphi_panellist, delphi_statement'
	);
	const { rows } = await context.database.query<{ id: string; scale: 'nine'; rule: never }>(
		`select r.id, s.scale, s.rule from delphi_round r join delphi_study s on s.id = r.study_id where s.id = $1`,
		[round.studyId]
	);
	const target = { id: rows[0].id, studyId: round.studyId, number: 1 };
	const timings: number[] = [];
	for (let i = 0; i < 12; i++) {
		const started = performance.now();
		const results = await roundResults(db(), { scale: rows[0].scale, rule: rows[0].rule }, target);
		if (results.length !== panel.statements)
			throw new Error(`round statistics gave ${results.length} statements`);
		if (i >= 2) timings.push(performance.now() - started);
	}
	timings.sort((a, b) => a - b);
	return [
		{
			name: `Delphi round statistics, ${panel.panellists} panellists × ${panel.statements} statements: p95 of 10 runs`,
			value: timings[Math.ceil(timings.length * 0.95) - 1],
			unit: 'ms',
			goal: goals.roundStatistics
		}
	];
}

export const respondents: Scenario = {
	name: 'respondents',
	async run(context) {
		const programmeId = await benchProgramme(context.database);
		const surveyToken = await createOpenSurvey(context.database, programmeId);
		const round = await createOpenRound(
			context.database,
			programmeId,
			panel.loadStatements,
			panel.panellists
		);
		return [
			...(await underLoad(
				context,
				'Survey response submitted (public link, 12 questions)',
				surveyPost(context.app.url, surveyToken)
			)),
			...(await underLoad(
				context,
				'Delphi rating page submitted (20 statements, 200 panellists in turn)',
				delphiPost(context.app.url, round)
			)),
			...(await statementsPerSubmission(surveyToken, round)),
			...(await respondentPagesWeight(context, surveyToken, round)),
			...(await roundStatistics(context, programmeId))
		];
	}
};
