// The queries that count, sum up and list a survey's answers, for every question at once.
import { sql, type SQL } from 'drizzle-orm';
import { db } from '../../../db/client.js';
import type { Question } from '../../../../surveys/definition.js';
import { ratingPoints } from '../../../../surveys/question-types.js';
import { emptyAnswers } from '../value-counts.js';

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

/** The answers that say nothing (`emptyAnswers`), as an SQL list. */
const emptyAnswersSql = sql.raw(`(${emptyAnswers.map((text) => `'${text}'`).join(', ')})`);

/**
 * A multiple choice question with at most this many choices (its "other" included) is counted by
 * grouping its answers' lists: a saved answer keeps its choices in the question's order, so there
 * are at most 2^10 different lists to read back. With more choices, the lists could be as many as
 * the responses: each choice is counted in the summary instead.
 */
const choiceListsGroupedUpTo = 10;

/** Whether a question is counted by value in the grouping query (and not in the summary). */
export function countedByValue(question: Question): boolean {
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
export async function countAnswers(responses: SQL, questions: Question[]): Promise<CountRow[]> {
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
export async function summarise(
	responses: SQL,
	questions: Question[],
	textNames: string[]
): Promise<Aggregated> {
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

export type TextRow = { name: string; text: string; submitted_at: Date | string };

/** One page of each free-text list (answers to text questions, "other" texts), newest first. */
export async function listTexts(responses: SQL, names: string[], paging: TextPaging): Promise<TextRow[]> {
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
export function knownValues(question: Question): string[] {
	switch (question.type) {
		case 'single_choice':
		case 'multiple_choice':
			return [...question.choices.map((c) => c.value), ...(question.allowOther ? ['other'] : [])];
		case 'yes_no':
			return ['yes', 'no'];
		case 'rating':
			return ratingPoints(question.scale);
		default:
			return [];
	}
}
