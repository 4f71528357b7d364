// A survey's results: how many answered (per invitation group and per country, against the
// invitations sent), and for every question what its complete responses say. Everything is counted
// in PostgreSQL from the JSON answers (a survey may hold tens of thousands of responses): each
// query reads the filtered responses once and pulls out only the questions it needs.
import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { type Localized } from '../../i18n/localized.js';
import {
	freeTextTypes,
	otherAnswerName,
	questionsOf,
	type Question,
	type SurveyDefinition
} from '../../surveys/definition.js';
import { answerFilterOf, type ResultsFilters } from '../../surveys/results-filters.js';
import { authorize } from '../auth/authorize.js';
import { findSurveyRow } from './surveys.js';

/** What results need of a survey, loaded (and its reading allowed) before. */
export type ResultsSurvey = {
	id: string;
	programmeId: string;
	title: Localized;
	languages: string[];
	definition: SurveyDefinition;
};

/** The survey whose results the actor may read; not_found or forbidden otherwise. */
export async function getResultsSurvey(actor: Actor, id: string): Promise<ResultsSurvey> {
	const row = await findSurveyRow(db(), id);
	authorize(actor, 'readResults', { kind: 'survey', programmeId: row.programmeId });
	return {
		id: row.id,
		programmeId: row.programmeId,
		title: row.title,
		languages: row.languages,
		definition: row.definition
	};
}

/**
 * The complete responses the filters keep, as the CTE `responses` every query starts from: `r` the
 * response, `i` its invitation (none for the anonymous link), `country` the respondent's.
 */
export function filteredResponses(survey: ResultsSurvey, filters: ResultsFilters): SQL {
	const conditions = responseConditions(survey, filters);
	// Not materialised: each query reads only the columns and rows it needs, straight from the table.
	return sql`responses as not materialized (
		select r.id, r.answers, r.submitted_at, r.language, i.group_label,
			coalesce(r.country_code, i.country_code) as country
		from survey_response r left join survey_invitation i on i.id = r.invitation_id
		where r.survey_id = ${survey.id} and r.status = 'complete'${conditions}
	)`;
}

/** The filters as `and …` conditions on `r` (response) and `i` (invitation). */
function responseConditions(
	survey: ResultsSurvey,
	filters: ResultsFilters,
	{ country = true }: { country?: boolean } = {}
): SQL {
	const parts: SQL[] = [];
	if (country && filters.country)
		// The response keeps its invitation's country (see the schema): filtering on it alone spares
		// every query a join with the invitations when no group is asked for.
		parts.push(sql` and r.country_code = ${filters.country}`);
	if (filters.group !== undefined) parts.push(sql` and i.group_label = ${filters.group}`);
	const answer = answerFilterOf(filters, survey.definition);
	if (answer) {
		// Containment (`@>`) reads the same for one value and for one value in a list of choices.
		const stored = answer.question.type === 'multiple_choice' ? [answer.value] : answer.value;
		parts.push(sql` and r.answers @> ${JSON.stringify({ [answer.question.name]: stored })}::jsonb`);
	}
	if (filters.from)
		parts.push(sql` and r.submitted_at >= ${filters.from}::date::timestamp at time zone 'UTC'`);
	if (filters.to)
		parts.push(sql` and r.submitted_at < (${filters.to}::date + 1)::timestamp at time zone 'UTC'`);
	return sql.join(parts, sql``);
}

// ——— Response counts and rates ———

/** Invitations sent, complete responses to them, and complete anonymous responses. */
export type RateRow = {
	/** The group label or country code; null: anonymous (by group) or no country. */
	key: string | null;
	invited: number;
	responded: number;
	/** responded / invited; null without invitations. */
	rate: number | null;
	anonymous: number;
};

export type ResponseCounts = {
	complete: number;
	/** Started and not yet submitted (the filters on answers and dates do not apply to them). */
	inProgress: number;
	byGroup: RateRow[];
	byCountry: RateRow[];
	total: RateRow;
};

type RateQueryRow = {
	dimension: 'group' | 'country' | 'total';
	key: string | null;
	invited: number;
	responded: number;
	anonymous: number;
};

const rateRow = ({ key, invited, responded, anonymous }: RateQueryRow): RateRow => ({
	key,
	invited,
	responded,
	rate: invited > 0 ? responded / invited : null,
	anonymous
});

/** Null keys (anonymous, no country) last; the rest in order. */
const byKey = (a: RateRow, b: RateRow) =>
	a.key === b.key ? 0 : a.key === null ? 1 : b.key === null ? -1 : a.key.localeCompare(b.key);

export async function responseCounts(
	survey: ResultsSurvey,
	filters: ResultsFilters
): Promise<ResponseCounts> {
	const answered = responseConditions(survey, filters, { country: false });
	const invitationConditions = sql.join(
		[
			filters.country ? sql` and i.country_code = ${filters.country}` : sql``,
			filters.group !== undefined ? sql` and i.group_label = ${filters.group}` : sql``
		],
		sql``
	);
	// Invited respondents count in their invitation's group and country, the anonymous in their own
	// country; one pass over both, summed by group, by country and in all.
	const rates = db().execute<RateQueryRow>(sql`
		with counted as (
			select i.group_label as grp, i.country_code as country, 1 as invited,
				(r.id is not null)::int as responded, 0 as anonymous
			from survey_invitation i
			left join survey_response r on r.invitation_id = i.id and r.status = 'complete'${answered}
			where i.survey_id = ${survey.id}${invitationConditions}
			union all
			select null, r.country_code, 0, 0, 1
			from survey_response r left join survey_invitation i on false
			where r.survey_id = ${survey.id} and r.invitation_id is null and r.status = 'complete'
				${filters.group !== undefined ? sql`and false` : sql``}
				${filters.country ? sql`and r.country_code = ${filters.country}` : sql``}${answered}
		)
		select case when grouping(grp) = 0 then 'group' when grouping(country) = 0 then 'country'
				else 'total' end as dimension,
			case when grouping(grp) = 0 then grp else country end as key,
			sum(invited)::int as invited, sum(responded)::int as responded, sum(anonymous)::int as anonymous
		from counted group by grouping sets ((grp), (country), ())`);
	const inProgress = db().execute<{ count: number }>(sql`
		select count(*)::int as count
		from survey_response r left join survey_invitation i on i.id = r.invitation_id
		where r.survey_id = ${survey.id} and r.status = 'in_progress'
			${filters.country ? sql`and r.country_code = ${filters.country}` : sql``}
			${filters.group !== undefined ? sql`and i.group_label = ${filters.group}` : sql``}`);
	const [{ rows }, progress] = await Promise.all([rates, inProgress]);
	const of = (dimension: RateQueryRow['dimension']) =>
		rows
			.filter((row) => row.dimension === dimension)
			.map(rateRow)
			.sort(byKey);
	const total =
		of('total')[0] ?? rateRow({ dimension: 'total', key: null, invited: 0, responded: 0, anonymous: 0 });
	return {
		complete: total.responded + total.anonymous,
		inProgress: progress.rows[0].count,
		byGroup: of('group'),
		byCountry: of('country'),
		total
	};
}

// ——— Questions ———

export type ValueCount = {
	value: string;
	count: number;
	/** Of the respondents who answered the question (for multiple choice the shares add up to more than 1). */
	share: number;
};
export type NumberSummary = { n: number; mean: number; median: number; min: number; max: number };
export type TextAnswer = { text: string; submittedAt: Date };
export type TextPage = { texts: TextAnswer[]; total: number; page: number; pages: number };

export type QuestionResult =
	| { kind: 'choices'; question: Question; answered: number; counts: ValueCount[]; other?: TextPage }
	| { kind: 'rating'; question: Question; answered: number; counts: ValueCount[]; summary?: NumberSummary }
	| { kind: 'number'; question: Question; answered: number; summary?: NumberSummary }
	| {
			kind: 'matrix';
			question: Question;
			answered: number;
			/** Per row (in the question's order), the count of each column (in the choices' order). */
			rows: { row: string; answered: number; counts: ValueCount[] }[];
	  }
	| {
			kind: 'date';
			question: Question;
			answered: number;
			months: ValueCount[];
			first?: string;
			last?: string;
	  }
	| { kind: 'text'; question: Question; answered: number; answers: TextPage }
	/** Emails are personal data: counted, not listed. */
	| { kind: 'email'; question: Question; answered: number };

/** Free texts shown per page of a question's list. */
export const textPageSize = 20;

/** Which question's free texts to page through, and to which page (others show their first). */
export type TextPaging = { question?: string; page?: number };

// Three kinds of query, each reading the filtered responses once (a query per question would read
// them once per question), sent at once so that PostgreSQL runs them side by side: one groups every
// answer counted by value at once (grouping sets), one sums up the other questions in a single row
// of aggregates, and one lists a page of each free text (newest first, read from the index until a
// page is full).
//
// At tens of thousands of responses nearly all the time goes into expressions on the JSON answers,
// each costing about as much as any other (on a 2-core server, 50,000 responses cost some 5 ms per
// expression, reading the JSON in the first place 20 ms): the queries evaluate as few as they can.
// How many answered a question counted by value follows from its counts rather than from an
// aggregate of its own, and a list of choices is counted by value too when its question has few
// choices (one grouping set, rather than a count per choice).

/** Answers that say nothing, as their text reads (`->>`): empty text, an empty list or object, "null". */
const emptyAnswers = ['', '[]', '{}', 'null'];
const emptyAnswersSql = sql.raw(`(${emptyAnswers.map((text) => `'${text}'`).join(', ')})`);

/**
 * A multiple choice question with at most this many choices (its "other" included) is counted by
 * grouping its answers' lists: a saved answer keeps its choices in the question's order, so there
 * are at most 2^10 different lists to read back. With more choices, the lists could be as many as
 * the responses: each choice is counted in the summary instead.
 */
const choiceListsGroupedUpTo = 10;

/** Whether a question is counted by value in the grouping query (and not in the summary). */
function countedByValue(question: Question): boolean {
	switch (question.type) {
		case 'single_choice':
		case 'yes_no':
		case 'country':
		case 'rating':
		case 'date':
			return true;
		case 'multiple_choice':
			return knownValues(question).length <= choiceListsGroupedUpTo;
		default:
			return false;
	}
}

/** A value counted by grouping: one answer (or one row of a matrix) reduced to text. */
type Grouped = { name: string; sub: string | null; expression: SQL };

function groupedValues(questions: Question[]): Grouped[] {
	return questions.flatMap((question): Grouped[] => {
		const { name } = question;
		if (question.type === 'matrix')
			return question.rows.map((row) => ({
				name,
				sub: row.value,
				expression: sql`r.answers -> ${name} ->> ${row.value}`
			}));
		if (!countedByValue(question)) return [];
		// A date counts per month; a list of choices as its JSON text (`["a", "b"]`).
		if (question.type === 'date')
			return [{ name, sub: null, expression: sql`left(r.answers ->> ${name}, 7)` }];
		return [{ name, sub: null, expression: sql`r.answers ->> ${name}` }];
	});
}

type CountRow = { name: string; sub: string | null; value: string; count: number };

/** Counts per value (per row and value for a matrix; per month for a date) of every grouped answer. */
async function countAnswers(responses: SQL, questions: Question[]): Promise<CountRow[]> {
	const grouped = groupedValues(questions);
	if (grouped.length === 0) return [];
	const column = (i: number) => sql.raw(`v${i}`);
	// In the rows of grouping set i, grouping(v<i>) is 0: which set (so which question) a row counts.
	const setOf = sql.join(
		grouped.map((_, i) => sql`when grouping(${column(i)}) = 0 then ${sql.raw(String(i))}`),
		sql` `
	);
	const valueOf = sql.join(
		grouped.map((_, i) => sql`when grouping(${column(i)}) = 0 then ${column(i)}`),
		sql` `
	);
	// `offset 0` keeps the subquery apart: the answers are pulled out once per response, and
	// PostgreSQL counts every grouping set in one pass of hash tables rather than one sort each.
	const query = sql`
		with ${responses}
		select case ${setOf} end as set, case ${valueOf} end as value, count(*)::int as count
		from (select ${sql.join(
			grouped.map((g, i) => sql`${g.expression} as ${column(i)}`),
			sql`, `
		)} from responses r offset 0) answered
		group by grouping sets (${sql.join(
			grouped.map((_, i) => sql`(${column(i)})`),
			sql`, `
		)})`;
	const { rows } = await db().execute<{ set: number; value: string | null; count: number }>(query);
	return rows
		.filter((row) => row.value !== null && row.value !== '')
		.map((row) => ({ ...grouped[row.set], value: row.value!, count: row.count }));
}

/**
 * 1 for a text answer worth listing (a string with more than blanks), null otherwise. The cheaper
 * blank test comes first: it settles every unanswered question without asking for the JSON type.
 */
const listedText = (name: string) =>
	sql`case when btrim(r.answers ->> ${name}) <> '' and jsonb_typeof(r.answers -> ${name}) = 'string' then 1 end`;

/** Aggregates of one row, each under an alias; read back by the same keys. */
type Aggregate = { key: string; expression: SQL };

/**
 * The one-row summary of what grouping does not count: what each response's answers are pulled out
 * as (once per response, in the subquery), and the aggregates over them. Answers are read as their
 * JSON text, which costs a fraction of comparing JSON values: a list of choices `["a", "b"]` holds
 * choice a when it holds `"a"` (choice values are plain names, written without escapes), an empty
 * answer reads '', '[]' or '{}'.
 */
function summaryQuery(
	questions: Question[],
	textNames: string[]
): { columns: SQL[]; aggregates: Aggregate[] } {
	const columns: SQL[] = [];
	const column = (expression: SQL) => {
		const alias = sql.raw(`c${columns.length}`);
		columns.push(sql`${expression} as ${alias}`);
		return alias;
	};
	const aggregates: Aggregate[] = [];
	const add = (key: string, expression: SQL) => aggregates.push({ key, expression });
	const addListed = (name: string) => add(`${name}:answered`, sql`count(${column(listedText(name))})`);
	for (const question of questions) {
		const { name } = question;
		if (question.type === 'short_text' || question.type === 'long_text') {
			addListed(name);
			continue;
		}
		const counted = countedByValue(question);
		// Dates are summed up by their first and last day; other answers counted by value need nothing here.
		const answer = !counted || question.type === 'date' ? column(sql`r.answers ->> ${name}`) : undefined;
		if (answer && !counted)
			add(`${name}:answered`, sql`count(*) filter (where ${answer} not in ${emptyAnswersSql})`);
		if (answer && !counted && question.type === 'multiple_choice')
			for (const value of knownValues(question))
				add(`${name}:${value}`, sql`count(*) filter (where strpos(${answer}, ${JSON.stringify(value)}) > 0)`);
		if (question.type === 'number' || question.type === 'rating') {
			const number = column(
				sql`case when jsonb_typeof(r.answers -> ${name}) = 'number' then (r.answers ->> ${name})::float8 end`
			);
			add(`${name}:n`, sql`count(${number})`);
			add(`${name}:mean`, sql`avg(${number})`);
			add(`${name}:median`, sql`percentile_cont(0.5) within group (order by ${number})`);
			add(`${name}:min`, sql`min(${number})`);
			add(`${name}:max`, sql`max(${number})`);
		}
		if (answer && question.type === 'date') {
			add(`${name}:first`, sql`min(nullif(${answer}, ''))`);
			add(`${name}:last`, sql`max(nullif(${answer}, ''))`);
		}
	}
	for (const name of textNames) if (!questions.some((q) => q.name === name)) addListed(name);
	return { columns, aggregates };
}

type Aggregated = Map<string, number | string | null>;

/** Per question not counted by value: how many answered, numbers summed up, dates' range, listed texts. */
async function summarise(responses: SQL, questions: Question[], textNames: string[]): Promise<Aggregated> {
	const { columns, aggregates } = summaryQuery(questions, textNames);
	if (aggregates.length === 0) return new Map();
	// `offset 0` keeps the subquery apart: each answer is pulled out of the JSON once per response,
	// not once per aggregate that reads it.
	const query = sql`
		with ${responses}
		select ${sql.join(
			aggregates.map((a, i) => sql`${a.expression} as ${sql.raw(`a${i}`)}`),
			sql`, `
		)} from (select ${sql.join(columns, sql`, `)} from responses r offset 0) answers`;
	const { rows } = await db().execute<Record<string, number | string | null>>(query);
	return new Map(aggregates.map((a, i) => [a.key, rows[0][`a${i}`]]));
}

type TextRow = { name: string; text: string; submitted_at: Date | string };

/** One page of each free-text list (answers to text questions, "other" texts), newest first. */
async function listTexts(responses: SQL, names: string[], paging: TextPaging): Promise<TextRow[]> {
	if (names.length === 0) return [];
	const offsetOf = (name: string) =>
		name === paging.question ? Math.max(0, (paging.page ?? 1) - 1) * textPageSize : 0;
	// Written as `(case …) is not null`, the test reads to the planner as true of most responses (it
	// cannot know better): it then walks the index newest first and stops after a page, rather than
	// reading every filtered response to sort the few it would expect of `jsonb_typeof(…) = 'string'`.
	const { rows } = await db().execute<TextRow>(sql`
		with ${responses}
		${sql.join(
			names.map(
				(name) => sql`(select ${name}::text as name, r.answers ->> ${name} as text, r.submitted_at
					from responses r where ${listedText(name)} is not null
					order by r.submitted_at desc, r.id limit ${textPageSize} offset ${offsetOf(name)})`
			),
			sql` union all `
		)}`);
	return rows;
}

/** The values a question's counts are shown for, in order, before values only the answers hold. */
function knownValues(question: Question): string[] {
	switch (question.type) {
		case 'single_choice':
		case 'multiple_choice':
			return [...question.choices.map((c) => c.value), ...(question.allowOther ? ['other'] : [])];
		case 'yes_no':
			return ['yes', 'no'];
		case 'rating': {
			const { min, max } = question.scale ?? { min: 1, max: 5 };
			return Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
		}
		default:
			return [];
	}
}

/**
 * Counts in the question's own order (every known value, even unchosen), then any other values the
 * answers hold, most frequent first; shares of `answered`.
 */
export function orderedCounts(
	known: readonly string[],
	found: ReadonlyMap<string, number>,
	answered: number
): ValueCount[] {
	const extra = [...found.keys()]
		.filter((value) => !known.includes(value))
		.sort((a, b) => found.get(b)! - found.get(a)! || a.localeCompare(b));
	return [...known, ...extra].map((value) => {
		const count = found.get(value) ?? 0;
		return { value, count, share: answered > 0 ? count / answered : 0 };
	});
}

/** How many answered, from the counts of every value their answers read as (`->>`). */
export function answeredOf(found: ReadonlyMap<string, number>): number {
	let answered = 0;
	for (const [value, count] of found) if (!emptyAnswers.includes(value)) answered += count;
	return answered;
}

/**
 * Each choice's count from the counts of whole lists of choices, by their JSON text: a list holds a
 * choice when its text holds the choice's quoted value (as `strpos` finds it in the summary).
 */
export function choiceCounts(
	choices: readonly string[],
	lists: ReadonlyMap<string, number>
): Map<string, number> {
	return new Map(
		choices.map((choice) => {
			const quoted = JSON.stringify(choice);
			let count = 0;
			for (const [text, times] of lists) if (text.includes(quoted)) count += times;
			return [choice, count];
		})
	);
}

function textPage(rows: TextRow[] | undefined, total: number, page: number): TextPage {
	return {
		texts: (rows ?? []).map((row) => ({ text: row.text, submittedAt: new Date(row.submitted_at) })),
		total,
		page,
		pages: Math.max(1, Math.ceil(total / textPageSize))
	};
}

/** What every question's complete responses (those the filters keep) say. */
export async function questionResults(
	survey: ResultsSurvey,
	filters: ResultsFilters,
	paging: TextPaging = {}
): Promise<QuestionResult[]> {
	const questions = questionsOf(survey.definition);
	const responses = filteredResponses(survey, filters);
	const textNames = [
		...questions.filter((q) => q.type === 'short_text' || q.type === 'long_text').map((q) => q.name),
		...questions.filter(hasOtherText).map((q) => otherAnswerName(q.name))
	];
	const [counts, aggregated, texts] = await Promise.all([
		countAnswers(responses, questions),
		summarise(responses, questions, textNames),
		listTexts(responses, textNames, paging)
	]);
	const numberAt = (key: string) => Number(aggregated.get(key) ?? 0);
	const textsOf = new Map<string, TextRow[]>();
	for (const row of texts) textsOf.set(row.name, [...(textsOf.get(row.name) ?? []), row]);
	const pageOf = (name: string) =>
		textPage(
			textsOf.get(name),
			numberAt(`${name}:answered`),
			paging.question === name ? Math.max(1, paging.page ?? 1) : 1
		);
	// Counts by question, then by matrix row ('' for a whole answer), then by value.
	const countTable = new Map<string, Map<string, Map<string, number>>>();
	for (const row of counts) {
		const subs = countTable.get(row.name) ?? new Map<string, Map<string, number>>();
		countTable.set(row.name, subs);
		const found = subs.get(row.sub ?? '') ?? new Map<string, number>();
		subs.set(row.sub ?? '', found);
		found.set(row.value, row.count);
	}
	const countsOf = (name: string, sub: string | null = null): Map<string, number> =>
		countTable.get(name)?.get(sub ?? '') ?? new Map();
	const summaryOf = (name: string): NumberSummary | undefined =>
		numberAt(`${name}:n`) > 0
			? {
					n: numberAt(`${name}:n`),
					mean: numberAt(`${name}:mean`),
					median: numberAt(`${name}:median`),
					min: numberAt(`${name}:min`),
					max: numberAt(`${name}:max`)
				}
			: undefined;
	return questions.map((question): QuestionResult => {
		const { name } = question;
		const answered = countedByValue(question) ? answeredOf(countsOf(name)) : numberAt(`${name}:answered`);
		switch (question.type) {
			case 'multiple_choice':
			case 'single_choice':
			case 'yes_no':
			case 'country': {
				const found =
					question.type !== 'multiple_choice'
						? countsOf(name)
						: countedByValue(question)
							? choiceCounts(knownValues(question), countsOf(name))
							: new Map(knownValues(question).map((value) => [value, numberAt(`${name}:${value}`)]));
				return {
					kind: 'choices',
					question,
					answered,
					counts: orderedCounts(knownValues(question), found, answered),
					...(hasOtherText(question) ? { other: pageOf(otherAnswerName(name)) } : {})
				};
			}
			case 'rating':
				return {
					kind: 'rating',
					question,
					answered,
					counts: orderedCounts(knownValues(question), countsOf(name), answered),
					summary: summaryOf(name)
				};
			case 'number':
				return { kind: 'number', question, answered, summary: summaryOf(name) };
			case 'matrix':
				return {
					kind: 'matrix',
					question,
					answered,
					rows: question.rows.map((row) => {
						const found = countsOf(name, row.value);
						const rowAnswered = [...found.values()].reduce((sum, count) => sum + count, 0);
						return {
							row: row.value,
							answered: rowAnswered,
							counts: orderedCounts(
								question.choices.map((c) => c.value),
								found,
								rowAnswered
							)
						};
					})
				};
			case 'date': {
				const found = countsOf(name);
				const first = aggregated.get(`${name}:first`);
				const last = aggregated.get(`${name}:last`);
				return {
					kind: 'date',
					question,
					answered,
					months: orderedCounts([...found.keys()].sort(), found, answered),
					...(typeof first === 'string' ? { first } : {}),
					...(typeof last === 'string' ? { last } : {})
				};
			}
			case 'email':
				return { kind: 'email', question, answered };
			default:
				if (!freeTextTypes.includes(question.type)) throw new Error(`no results for ${question.type}`);
				return { kind: 'text', question, answered, answers: pageOf(name) };
		}
	});
}

/** Choice questions with an "other" option keep its text under `<name>_other`. */
const hasOtherText = (question: Question) =>
	question.allowOther && (question.type === 'single_choice' || question.type === 'multiple_choice');

export type SurveyResults = { counts: ResponseCounts; questions: QuestionResult[] };

/** The counts and every question's results, for the results page. */
export async function surveyResults(
	survey: ResultsSurvey,
	filters: ResultsFilters,
	paging: TextPaging = {}
): Promise<SurveyResults> {
	const [counts, questions] = await Promise.all([
		responseCounts(survey, filters),
		questionResults(survey, filters, paging)
	]);
	return { counts, questions };
}

/** What the filter form offers: the invitation groups and the countries respondents come from. */
export type FilterChoices = { groups: string[]; countryCodes: string[] };

export async function filterChoices(survey: ResultsSurvey): Promise<FilterChoices> {
	const [groups, countries] = await Promise.all([
		db().execute<{ group_label: string }>(sql`
			select distinct group_label from survey_invitation where survey_id = ${survey.id} order by 1`),
		// Each side reduced to its few countries first (a hash of a handful of codes): a union of all
		// the rows would sort every invitation and response (it cannot tell they hold few countries).
		db().execute<{ code: string }>(sql`
			select code from (
				select distinct country_code as code from survey_invitation
				where survey_id = ${survey.id} and country_code is not null
				union
				select distinct country_code from survey_response
				where survey_id = ${survey.id} and country_code is not null
			) countries order by 1`)
	]);
	return {
		groups: groups.rows.map((row) => row.group_label),
		countryCodes: countries.rows.map((row) => row.code)
	};
}
