// What every question's complete responses say, counted in PostgreSQL from the JSON answers (a
// survey may hold tens of thousands of responses).
import { freeTextTypes, otherAnswerName, questionsOf, type Question } from '../../../surveys/definition.js';
import type { ResultsFilters } from '../../../surveys/results-filters.js';
import {
	countAnswers,
	countedByValue,
	knownValues,
	listTexts,
	summarise,
	textPageSize,
	type TextPaging,
	type TextRow
} from './internal/answer-queries.js';
import { filteredResponses } from './internal/filtered-responses.js';
import { ratingFigures, type RatingFigures } from './rating-figures.js';
import type { ResultsSurvey } from './results-survey.js';
import { answeredOf, choiceCounts, orderedCounts, type ValueCount } from './value-counts.js';

export type NumberSummary = { n: number; mean: number; median: number; min: number; max: number };
export type TextAnswer = { text: string; submittedAt: Date };
export type TextPage = { texts: TextAnswer[]; total: number; page: number; pages: number };

export type QuestionResult =
	| { kind: 'choices'; question: Question; answered: number; counts: ValueCount[]; other?: TextPage }
	| {
			kind: 'rating';
			question: Question;
			answered: number;
			counts: ValueCount[];
			summary?: NumberSummary;
			/** Satisfaction figures under the small-cell rule. */
			figures: RatingFigures;
	  }
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
			case 'rating': {
				const counts = orderedCounts(knownValues(question), countsOf(name), answered);
				return {
					kind: 'rating',
					question,
					answered,
					counts,
					summary: summaryOf(name),
					figures: ratingFigures(counts, question.scale)
				};
			}
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
