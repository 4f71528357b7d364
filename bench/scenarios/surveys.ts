// Survey results at scale: a twelve-question survey with 50,000 complete responses (40,000 through
// invitations in four groups and eight countries, 10,000 from the anonymous link), its results page
// and its export. The survey and its responses are written straight into the bench database with
// SQL (generate_series), so the demo data stays as it is.
import type pg from 'pg';
import { SurveyDefinitionSchema } from '#lib/surveys/definition.js';
import { cookieHeader } from '../harness/credentials.js';
import { measureSequential } from '../harness/load.js';
import type { Figure, Goal } from '../harness/report.js';
import type { BenchContext, Scenario } from '../harness/scenario.js';

export const surveyScale = { invitations: 60_000, invitedResponses: 40_000, anonymousResponses: 10_000 };

const goals = {
	resultsPage: { of: 'value', comparison: '<', target: 500 },
	exportSeconds: { of: 'value', comparison: '<', target: 10 }
} satisfies Record<string, Goal>;

const sequentialRequests = 20;

const labelled = (value: string) => ({ value, label: { en: value.replace(/_/g, ' ') } });

/** Twelve questions, one or more of every kind results count, list or sum up. */
export const benchSurveyDefinition = {
	sections: [
		{
			name: 'respondent',
			questions: [
				{
					name: 'role',
					type: 'single_choice',
					label: { en: 'Your role', fr: 'Votre rôle' },
					choices: ['nurse', 'physician', 'social_worker'].map(labelled),
					allowOther: true
				},
				{
					name: 'sector',
					type: 'single_choice',
					label: { en: 'Sector' },
					choices: ['public', 'private', 'ngo'].map(labelled)
				},
				{ name: 'based_in', type: 'country', label: { en: 'Country of work' } },
				{ name: 'years', type: 'number', label: { en: 'Years of practice' } },
				{ name: 'full_name', type: 'short_text', label: { en: 'Name' } },
				{ name: 'contact', type: 'email', label: { en: 'Email' } }
			]
		},
		{
			name: 'training',
			questions: [
				{
					name: 'topics',
					type: 'multiple_choice',
					label: { en: 'Topics you teach' },
					choices: [
						'mental_health',
						'vaccination',
						'maternal_care',
						'language',
						'law',
						'chronic_disease'
					].map(labelled)
				},
				{ name: 'useful', type: 'yes_no', label: { en: 'Was the training useful?' } },
				{ name: 'score', type: 'rating', label: { en: 'Overall' }, scale: { min: 1, max: 5 } },
				{
					name: 'skills',
					type: 'matrix',
					label: { en: 'Your skills' },
					rows: ['listening', 'writing', 'speaking', 'reading'].map(labelled),
					choices: ['none', 'low', 'medium', 'high', 'expert'].map(labelled)
				},
				{ name: 'trained_on', type: 'date', label: { en: 'Last trained on' } },
				{ name: 'comment', type: 'long_text', label: { en: 'Comments' } }
			]
		}
	]
};

const countries = `array['GR', 'IT', 'MT', 'ES', 'FR', 'MA', 'TN', 'JO']`;

/** The answers of respondent `g`, varied by `g` so that every value and month is counted. */
const answersOf = (g: string) => `jsonb_strip_nulls(jsonb_build_object(
	'role', (array['nurse', 'physician', 'social_worker', 'other'])[1 + ${g} % 4],
	'role_other', case when ${g} % 4 = 3 then 'Other role ' || ${g} % 50 end,
	'sector', (array['public', 'private', 'ngo'])[1 + ${g} % 3],
	'based_in', (${countries})[1 + ${g} % 8],
	'years', ${g} % 40,
	'full_name', 'Respondent ' || ${g},
	'contact', 'respondent-' || ${g} || '@bench.invalid',
	'topics', coalesce((select jsonb_agg(t order by k) from unnest(array['mental_health', 'vaccination',
		'maternal_care', 'language', 'law', 'chronic_disease']) with ordinality u(t, k)
		where (${g} >> (k::int - 1)) & 1 = 1), '[]'),
	'useful', case when ${g} % 3 = 0 then 'no' else 'yes' end,
	'score', 1 + ${g} % 5,
	'skills', jsonb_build_object('listening', (array['none', 'low', 'medium', 'high', 'expert'])[1 + ${g} % 5],
		'writing', (array['none', 'low', 'medium', 'high', 'expert'])[1 + ${g} / 5 % 5],
		'speaking', (array['none', 'low', 'medium', 'high', 'expert'])[1 + ${g} / 25 % 5],
		'reading', (array['none', 'low', 'medium', 'high', 'expert'])[1 + ${g} / 125 % 5]),
	'trained_on', (date '2024-01-01' + ${g} % 700)::text,
	'comment', case when ${g} % 4 = 0 then 'Comment number ' || ${g} end
))`;

/**
 * A survey in a new programme with 60,000 invitations (four groups, eight countries), 40,000
 * complete invited responses, 10,000 complete anonymous ones and 2,000 in progress, submitted over
 * the last year. Tables are analysed afterwards, as autovacuum would soon do after such a load.
 */
export async function createSurveyAtScale(database: pg.Pool): Promise<string> {
	const client = await database.connect();
	try {
		await client.query('begin');
		const {
			rows: [{ id: programmeId }]
		} = await client.query<{ id: string }>(
			`insert into programme (name, starts_on, ends_on)
			values ('{"en": "Benchmark survey programme"}', current_date - 365, current_date + 365) returning id`
		);
		const {
			rows: [{ id: surveyId }]
		} = await client.query<{ id: string }>(
			`insert into survey (programme_id, title, definition, languages, opens_at)
			values ($1, '{"en": "Benchmark mapping survey"}', $2, '{en,fr,ar}', now() - interval '1 year')
			returning id`,
			// Parsed as the app stores every definition: with its defaults (no choices, no rows, no conditions).
			[programmeId, JSON.stringify(SurveyDefinitionSchema.parse(benchSurveyDefinition))]
		);
		await client.query(
			`insert into survey_invitation (survey_id, token, email, group_label, country_code, language)
			select $1::uuid, 'bench-' || $1 || '-' || g, 'invited-' || g || '@bench.invalid',
				(array['ministries', 'universities', 'ngos', 'hospitals'])[1 + g % 4], (${countries})[1 + g % 8],
				(array['en', 'fr', 'ar'])[1 + g % 3]
			from generate_series(1, $2::int) g`,
			[surveyId, surveyScale.invitations]
		);
		await client.query(
			`insert into survey_response (survey_id, invitation_id, status, answers, language, country_code,
				started_at, updated_at, submitted_at)
			select $1::uuid, i.id, 'complete', ${answersOf('i.g')}, i.language, i.country_code,
				now() - (i.g % 365) * interval '1 day' - interval '10 minutes',
				now() - (i.g % 365) * interval '1 day', now() - (i.g % 365) * interval '1 day'
			from (select id, language, country_code, row_number() over (order by token)::int as g
				from survey_invitation where survey_id = $1::uuid) i
			where i.g <= $2::int`,
			[surveyId, surveyScale.invitedResponses]
		);
		await client.query(
			`insert into survey_response (survey_id, status, answers, language, country_code, started_at,
				updated_at, submitted_at)
			select $1::uuid, 'complete', ${answersOf('g')}, (array['en', 'fr', 'ar'])[1 + g % 3],
				(${countries})[1 + g % 8], now() - (g % 365) * interval '1 day', now() - (g % 365) * interval '1 day',
				now() - (g % 365) * interval '1 day'
			from generate_series(1, $2::int) g`,
			[surveyId, surveyScale.anonymousResponses]
		);
		await client.query(
			`insert into survey_response (survey_id, status, answers, language)
			select $1::uuid, 'in_progress', jsonb_build_object('role', 'nurse'), 'en' from generate_series(1, 2000)`,
			[surveyId]
		);
		await client.query('commit');
		await client.query('analyze survey_invitation; analyze survey_response');
		return surveyId;
	} catch (error) {
		await client.query('rollback');
		throw error;
	} finally {
		client.release();
	}
}

const responsesCount = surveyScale.invitedResponses + surveyScale.anonymousResponses;

async function resultsPage(context: BenchContext, surveyId: string): Promise<Figure[]> {
	const headers = { cookie: cookieHeader(context.app.session) };
	const pages = [
		{ name: 'Survey results page', query: '' },
		{
			name: 'Survey results page, filtered by country and answer',
			query: '?country=GR&question=useful&value=yes'
		}
	];
	const figures: Figure[] = [];
	for (const page of pages) {
		context.progress(`${sequentialRequests} requests one after another: ${page.name}`);
		const measured = await measureSequential(
			{ url: `${context.app.url}/surveys/${surveyId}/results${page.query}`, headers },
			sequentialRequests
		);
		figures.push({
			name: `${page.name} (${responsesCount.toLocaleString('en')} responses, 12 questions): p95 of ${sequentialRequests} requests in a row`,
			value: measured.p95Ms,
			unit: 'ms',
			goal: goals.resultsPage
		});
	}
	return figures;
}

async function exportFiles(context: BenchContext, surveyId: string): Promise<Figure[]> {
	const headers = { cookie: cookieHeader(context.app.session) };
	const figures: Figure[] = [];
	for (const format of ['csv', 'xlsx'] as const) {
		context.progress(`export of ${responsesCount.toLocaleString('en')} responses as ${format}`);
		const started = performance.now();
		const response = await fetch(`${context.app.url}/surveys/${surveyId}/results/export.${format}`, {
			headers
		});
		const bytes = (await response.arrayBuffer()).byteLength;
		if (response.status !== 200) throw new Error(`the ${format} export answered ${response.status}`);
		const seconds = (performance.now() - started) / 1000;
		context.progress(
			`export as ${format}: ${(bytes / 1024 / 1024).toFixed(1)} MiB in ${seconds.toFixed(1)} s`
		);
		figures.push({
			name: `Survey export of ${responsesCount.toLocaleString('en')} responses (${format.toUpperCase()})`,
			value: seconds,
			unit: 's',
			goal: goals.exportSeconds
		});
	}
	return figures;
}

export const surveys: Scenario = {
	name: 'surveys',
	async run(context) {
		context.progress(`loading a survey with ${responsesCount.toLocaleString('en')} complete responses`);
		const surveyId = await createSurveyAtScale(context.database);
		return [...(await resultsPage(context, surveyId)), ...(await exportFiles(context, surveyId))];
	}
};
