// The filters of a survey's results, as the results page's GET form and the export links carry
// them in the URL. Shared by the page (to fill the form back) and the server (to put them into SQL).
// A filter that cannot apply (a question the survey does not have, a value that is not one of its
// choices) is dropped rather than refused: a bookmarked link keeps working after the survey changes.
import { z } from 'zod';
import { searchText } from '../validation/common.js';
import { contentLanguageTags } from '../i18n/content-languages.js';
import type { Question, SurveyDefinition } from './definition.js';
import { questionsOf } from './question-types.js';

/** Questions whose answers a filter may pick: one value among a known few. */
export const filterableTypes: readonly Question['type'][] = [
	'single_choice',
	'multiple_choice',
	'yes_no',
	'country',
	'rating'
];

const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)));

/** Empty form fields arrive as ""; they mean "no filter". */
const optional = <T extends z.ZodType>(schema: T) =>
	z.preprocess((value) => (value === '' ? undefined : value), schema.optional()).catch(undefined);

export const ResultsFiltersSchema = z.object({
	country: optional(
		z
			.string()
			.trim()
			.regex(/^[A-Za-z]{2}$/)
			.transform((code) => code.toUpperCase())
	),
	group: optional(searchText),
	/** "question=value": responses whose answer to a choice question is (or, multiple choice, includes) value. */
	question: optional(z.string().trim().max(63)),
	value: optional(z.string().trim().max(64)),
	/** Submitted on or after this day (UTC). */
	from: optional(isoDate),
	/** Submitted on or before this day (UTC). */
	to: optional(isoDate)
});
export type ResultsFilters = z.infer<typeof ResultsFiltersSchema>;

/**
 * The filters in a URL's query; anything unreadable is left out. The page's form picks the answer
 * filter from one list, as `answer=question=value`; links may carry `question` and `value` apart.
 */
export function readResultsFilters(params: URLSearchParams): ResultsFilters {
	const query = Object.fromEntries(params);
	const answer = params.get('answer');
	if (answer?.includes('=')) {
		const at = answer.indexOf('=');
		query.question = answer.slice(0, at);
		query.value = answer.slice(at + 1);
	}
	return ResultsFiltersSchema.parse(query);
}

/** The answer filter as the form's list names it. */
export const answerOption = (question: string, value: string) => `${question}=${value}`;

/** What an answer filter needs to become SQL: the question, its type and the value as stored. */
export type AnswerFilter = { question: Question; value: string | number };

/** The answer filter, when its question is one a filter may pick and its value is a possible answer. */
export function answerFilterOf(
	filters: ResultsFilters,
	definition: SurveyDefinition
): AnswerFilter | undefined {
	if (!filters.question || filters.value === undefined) return undefined;
	const question = questionsOf(definition).find((q) => q.name === filters.question);
	if (!question || !filterableTypes.includes(question.type)) return undefined;
	const value = filters.value;
	switch (question.type) {
		case 'single_choice':
		case 'multiple_choice':
			return question.choices.some((choice) => choice.value === value) ||
				(question.allowOther && value === 'other')
				? { question, value }
				: undefined;
		case 'yes_no':
			return value === 'yes' || value === 'no' ? { question, value } : undefined;
		case 'country':
			return /^[A-Za-z]{2}$/.test(value) ? { question, value: value.toUpperCase() } : undefined;
		case 'rating':
			return /^\d{1,2}$/.test(value) ? { question, value: Number(value) } : undefined;
		default:
			return undefined;
	}
}

/** The filters that apply, as query parameters (for links that keep them: export, paging). */
export function filtersQuery(filters: ResultsFilters): URLSearchParams {
	const query = new URLSearchParams();
	for (const [key, value] of Object.entries(filters)) if (value) query.set(key, String(value));
	return query;
}

/** Headers (and cells) by codes, as XLSForm and Kobo name them, or by labels in one language. */
export const headerStyles = ['codes', 'labels'] as const;

export const ExportOptionsSchema = z.object({
	headers: z.enum(headerStyles).catch('codes'),
	language: z.enum(contentLanguageTags).catch('en')
});
export type ExportOptions = z.infer<typeof ExportOptionsSchema>;

export const readExportOptions = (params: URLSearchParams): ExportOptions =>
	ExportOptionsSchema.parse({ headers: params.get('headers'), language: params.get('language') });
