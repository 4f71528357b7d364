// A survey's complete responses as a CSV or XLSX file: one row per response, one column per
// question, laid out as XLSForm tools (Kobo, ODK) export so that analysts' scripts read it as they
// read those: a multiple choice question is one column of its codes joined by spaces plus one 0/1
// column per choice (`topics/vaccination`), a matrix one column per row (`skills/listening`), an
// "other" text its own column (`role_other`). Headers and cells are either codes or labels in one
// language.
import { sql } from 'drizzle-orm';
import { localizedText, type ContentLocale, type Localized } from '../../../i18n/localized.js';
import {
	otherAnswerName,
	otherValue,
	questionsOf,
	type AnswerValue,
	type Answers,
	type Question,
	type SurveyDefinition
} from '../../../surveys/definition.js';
import type { ExportOptions, ResultsFilters } from '../../../surveys/results-filters.js';
import { isTest, scoreAnswers } from '../../../evaluation/scoring.js';
import { db } from '../../db/client.js';
import { DomainError } from '../../errors.js';
import {
	csvText,
	downloadName,
	isTableFormat,
	tableMediaTypes,
	tableXlsx,
	type TableCell
} from '../../files/table-file.js';
import { filteredResponses } from './internal/filtered-responses.js';
import type { ResultsSurvey } from './results-survey.js';

/** A complete response as the export reads it. */
export type ExportRow = {
	id: string;
	submittedAt: Date;
	language: string;
	country: string | null;
	group: string | null;
	answers: Answers;
};

/** The words of the labelled headers that are not the survey's own, in the export's language. */
export type ExportWords = {
	id: string;
	submittedAt: string;
	language: string;
	country: string;
	group: string;
	other: string;
	/** The header of an "other" answer's text, beside the choice "other" itself. */
	otherText: string;
	yes: string;
	no: string;
};

export type ExportColumn = { header: string; cell: (row: ExportRow) => TableCell };

type Labels = {
	words: ExportWords;
	language: ContentLocale;
	/** A country's name in the export's language (its code when unknown). */
	countryName: (code: string) => string;
};

const asText = (value: AnswerValue | undefined): string =>
	value === undefined || typeof value === 'object' ? '' : String(value);
const asList = (value: AnswerValue | undefined): string[] => (Array.isArray(value) ? value : []);
const asMatrix = (value: AnswerValue | undefined): Record<string, string> =>
	value && typeof value === 'object' && !Array.isArray(value) ? value : {};
const asCell = (value: AnswerValue | undefined): TableCell =>
	typeof value === 'number' ? value : asText(value);

/** Codes: the XLSForm names (`_id`, `role`, `topics/vaccination`) and the stored values. */
function codeColumns(question: Question): ExportColumn[] {
	const { name } = question;
	const answer = (row: ExportRow) => row.answers[name];
	switch (question.type) {
		case 'multiple_choice':
			return [
				{ header: name, cell: (row) => asList(answer(row)).join(' ') },
				...choiceValues(question).map((value) => ({
					header: `${name}/${value}`,
					cell: (row: ExportRow) => (asList(answer(row)).includes(value) ? 1 : 0)
				})),
				...otherColumn(question)
			];
		case 'matrix':
			return question.rows.map((matrixRow) => ({
				header: `${name}/${matrixRow.value}`,
				cell: (row: ExportRow) => asMatrix(answer(row))[matrixRow.value] ?? ''
			}));
		default:
			return [{ header: name, cell: (row) => asCell(answer(row)) }, ...otherColumn(question)];
	}
}

/** Labels: the question's label (choices', rows') in the export's language, and the answers' labels. */
function labelColumns(question: Question, labels: Labels): ExportColumn[] {
	const { name } = question;
	const text = (value: Localized | undefined) => localizedText(value, labels.language);
	const title = text(question.label) || name;
	const answer = (row: ExportRow) => row.answers[name];
	const choiceLabel = (value: string) =>
		value === otherValue && question.allowOther
			? labels.words.other
			: text(question.choices.find((choice) => choice.value === value)?.label) || value;
	switch (question.type) {
		case 'single_choice':
			return [
				{ header: title, cell: (row) => (asText(answer(row)) ? choiceLabel(asText(answer(row))) : '') },
				...otherColumn(question, `${title}: ${labels.words.otherText}`)
			];
		case 'multiple_choice':
			return [
				// Labels hold spaces: a semicolon keeps them apart.
				{ header: title, cell: (row) => asList(answer(row)).map(choiceLabel).join('; ') },
				...choiceValues(question).map((value) => ({
					header: `${title}: ${choiceLabel(value)}`,
					cell: (row: ExportRow) => (asList(answer(row)).includes(value) ? 1 : 0)
				})),
				...otherColumn(question, `${title}: ${labels.words.otherText}`)
			];
		case 'matrix':
			return question.rows.map((matrixRow) => ({
				header: `${title}: ${text(matrixRow.label) || matrixRow.value}`,
				cell: (row: ExportRow) => {
					const chosen = asMatrix(answer(row))[matrixRow.value];
					return chosen ? choiceLabel(chosen) : '';
				}
			}));
		case 'yes_no':
			return [
				{
					header: title,
					cell: (row) => ({ yes: labels.words.yes, no: labels.words.no })[asText(answer(row))] ?? ''
				}
			];
		case 'country':
			return [
				{ header: title, cell: (row) => (asText(answer(row)) ? labels.countryName(asText(answer(row))) : '') }
			];
		default:
			return [{ header: title, cell: (row) => asCell(answer(row)) }];
	}
}

const choiceValues = (question: Question): string[] => [
	...question.choices.map((choice) => choice.value),
	...(question.allowOther && !question.choices.some((choice) => choice.value === otherValue)
		? [otherValue]
		: [])
];

/** The text of an "other" answer; headed by its answer name (`role_other`) unless labelled. */
function otherColumn(question: Question, header?: string): ExportColumn[] {
	if (!question.allowOther || (question.type !== 'single_choice' && question.type !== 'multiple_choice'))
		return [];
	const name = otherAnswerName(question.name);
	return [{ header: header ?? name, cell: (row) => asText(row.answers[name]) }];
}

/** Every column of the export, the response's own first. */
export function exportColumns(
	definition: SurveyDefinition,
	options: ExportOptions,
	labels: Omit<Labels, 'language'>
): ExportColumn[] {
	const byLabel = options.headers === 'labels';
	const { words } = labels;
	const own: ExportColumn[] = [
		{ header: byLabel ? words.id : '_id', cell: (row) => row.id },
		{ header: byLabel ? words.submittedAt : '_submitted_at', cell: (row) => row.submittedAt.toISOString() },
		{ header: byLabel ? words.language : '_language', cell: (row) => row.language },
		{
			header: byLabel ? words.country : '_country',
			cell: (row) => (row.country ? (byLabel ? labels.countryName(row.country) : row.country) : '')
		},
		{ header: byLabel ? words.group : '_group', cell: (row) => row.group ?? '' }
	];
	const full: Labels = { ...labels, language: options.language };
	// A knowledge test's score and the marks it was out of, last (same headers either way; `_score`
	// when a question is already named `score`).
	const taken = new Set(questionsOf(definition).map((question) => question.name));
	const header = (name: string) => (taken.has(name) ? `_${name}` : name);
	const scores: ExportColumn[] = isTest(definition)
		? [
				{ header: header('score'), cell: (row) => scoreAnswers(definition, row.answers).score },
				{ header: header('max_score'), cell: (row) => scoreAnswers(definition, row.answers).maxScore }
			]
		: [];
	return [
		...own,
		...questionsOf(definition).flatMap((question) =>
			byLabel ? labelColumns(question, full) : codeColumns(question)
		),
		...scores
	];
}

/** The header row, then one row per response. */
export function* exportTable(
	columns: readonly ExportColumn[],
	rows: Iterable<ExportRow>
): Generator<TableCell[]> {
	yield columns.map((column) => column.header);
	for (const row of rows) yield columns.map((column) => column.cell(row));
}

export type ExportFile = { name: string; mediaType: string; content: Buffer };

/**
 * The complete responses the filters keep, oldest first, as a file; `format` comes from the URL
 * (csv or xlsx). The survey's reading was allowed when it was loaded.
 */
export async function exportResponses(
	survey: ResultsSurvey,
	filters: ResultsFilters,
	format: string,
	options: ExportOptions,
	words: ExportWords
): Promise<ExportFile> {
	if (!isTableFormat(format)) throw new DomainError('not_found', 'no such export format');
	const [{ rows }, countryNames] = await Promise.all([
		db().execute<{
			id: string;
			submitted_at: string | Date;
			language: string;
			country: string | null;
			group_label: string | null;
			answers: Answers;
		}>(sql`
			with ${filteredResponses(survey, filters)}
			select id, submitted_at, language, country, group_label, answers
			from responses order by submitted_at, id`),
		options.headers === 'labels'
			? countryNamesIn(options.language)
			: Promise.resolve(new Map<string, string>())
	]);
	const columns = exportColumns(survey.definition, options, {
		words,
		countryName: (code) => countryNames.get(code) ?? code
	});
	const responses = rows.map((row): ExportRow => ({
		id: row.id,
		submittedAt: new Date(row.submitted_at),
		language: row.language,
		country: row.country,
		group: row.group_label,
		answers: row.answers
	}));
	const table = exportTable(columns, responses);
	const content =
		format === 'csv' ? Buffer.from(csvText([...table]), 'utf8') : await tableXlsx(table, 'Responses');
	return {
		name: downloadName(localizedText(survey.title, options.language), 'responses', format),
		mediaType: tableMediaTypes[format],
		content
	};
}

async function countryNamesIn(language: ContentLocale): Promise<Map<string, string>> {
	const { rows } = await db().execute<{ code: string; name: Localized }>(sql`select code, name from country`);
	return new Map(rows.map((row) => [row.code, localizedText(row.name, language) || row.code]));
}
