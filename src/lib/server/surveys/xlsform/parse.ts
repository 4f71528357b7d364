// XLSForm (https://xlsform.org), the spreadsheet format of ODK, KoboToolbox and SurveyCTO: a survey
// read from one and written as one. What the survey model cannot hold is reported row by row and left
// out; what would make the import wrong (an unknown list, a repeated name…) refuses it as a whole.
import { type ContentLocale, type Localized } from '../../../i18n/localized.js';
import { isDomainError } from '../../errors.js';
import { readTableFile, type TableLimits, type TableSheet } from '../../files/read-table-file.js';
import { SurveyDefinitionSchema, type SurveyDefinition } from '../../../surveys/definition.js';
import { readChoiceLists } from './choice-lists.js';
import { Languages, localeOfLanguage } from './languages.js';
import type { XlsFormProblem } from './problems.js';
import { cell, hasColumn, readSheet } from './sheet.js';
import { SurveyReader } from './survey-reader.js';
import { buildTree } from './survey-tree.js';

export type ParsedXlsForm = {
	title: Localized;
	languages: ContentLocale[];
	definition: SurveyDefinition;
	/** Left out, the rest imported. */
	unsupported: XlsFormProblem[];
	/** The import is refused as a whole when there is any. */
	errors: XlsFormProblem[];
};

/**
 * What a workbook may hold to be read at all. A form has at most 50,000 questions and a question
 * 200 choices; the largest real forms have a few thousand rows of a few dozen columns. The cells
 * read are checked on the event loop, so their number stays well within what it does in a blink.
 */
const workbookLimits: TableLimits = {
	maxRows: 20_000,
	maxColumns: 256,
	maxCells: 300_000,
	maxUnpackedBytes: 64 * 1024 * 1024
};
const readBudget = { timeMs: 10_000, memoryMb: 256 };

/** Columns that change what a question does, which the survey model has no place for. */
const ignoredBehaviourColumns = ['choice_filter', 'default', 'read_only', 'trigger'];

/**
 * Reads an XLSForm workbook into a survey. Groups become sections (nested groups join the outermost
 * one; questions outside any group, a section named `main`); a `table-list` group of select_one
 * questions sharing one list becomes a matrix; a select_one of exactly yes/no a yes/no question; a
 * select_one from a list named `countries` of ISO codes a country question; `range` a rating.
 * Repeats, notes, calculations, locations, media and other types are reported and left out.
 * A workbook too large to read (rows, columns, cells, size, time) throws DomainError('invalid')
 * with a field error on `file`.
 */
export async function parseXlsForm(file: Buffer | ArrayBuffer): Promise<ParsedXlsForm> {
	const refused = (problem: XlsFormProblem): ParsedXlsForm => ({
		title: {},
		languages: [],
		definition: { sections: [] },
		unsupported: [],
		errors: [problem]
	});
	let tables: TableSheet[];
	try {
		tables = await readTableFile(
			file instanceof ArrayBuffer ? new Uint8Array(file) : file,
			{ format: 'xlsx', sheets: ['survey', 'choices', 'settings'], limits: workbookLimits },
			readBudget
		);
	} catch (error) {
		// Not a workbook at all is a problem of the form; a workbook too large to read, of the file.
		if (isDomainError(error) && error.details?.problem === 'wrong_type')
			return refused({ sheet: '', row: 0, code: 'not_xlsx' });
		throw error;
	}
	const sheetNamed = (name: string) => {
		const table = tables.find((sheet) => sheet.name.trim().toLowerCase() === name);
		return table && readSheet(table);
	};
	const survey = sheetNamed('survey');
	if (!survey) return refused({ sheet: 'survey', row: 0, code: 'no_survey_sheet' });
	const choices = sheetNamed('choices');
	const settings = sheetNamed('settings');

	const errors: XlsFormProblem[] = [];
	const unsupported: XlsFormProblem[] = [];
	for (const column of ['type', 'name'])
		if (!hasColumn(survey, column))
			errors.push({ sheet: survey.name, row: 1, column, code: 'missing_column' });
	if (errors.length > 0) return { ...refused(errors[0]), errors };

	const settingsRow = settings?.rows[0];
	const defaultLocale =
		(settings && settingsRow && localeOfLanguage(cell(settings, settingsRow, 'default_language'))) || 'en';
	const languages = new Languages(defaultLocale);
	for (const base of ['label', 'hint', 'constraint_message', 'scale_min_label', 'scale_max_label'])
		languages.scan(survey, base);
	if (choices) languages.scan(choices, 'label');
	if (settings) languages.scan(settings, 'form_title');

	const lists = readChoiceLists(choices, languages, errors, unsupported);
	const title: Localized =
		settings && settingsRow ? languages.localized(settings, settingsRow, 'form_title') : {};
	if (Object.keys(title).length === 0 && settings && settingsRow) {
		const formId = cell(settings, settingsRow, 'form_id');
		if (formId) title[defaultLocale] = formId;
	}

	for (const column of ignoredBehaviourColumns) {
		const used = survey.rows.find((row) => cell(survey, row, column));
		if (used)
			unsupported.push({
				sheet: survey.name,
				row: used.number,
				column,
				code: 'unsupported_column',
				value: cell(survey, used, column)
			});
	}

	const tree = buildTree(survey, errors);
	const reader = new SurveyReader(survey, lists, languages, errors, unsupported);
	const sections = reader.sections(tree);

	unsupported.push(...languages.unsupported);
	const sortByPlace = (a: XlsFormProblem, b: XlsFormProblem) =>
		a.sheet === b.sheet ? a.row - b.row : a.sheet === survey.name ? -1 : b.sheet === survey.name ? 1 : 0;
	const result = (definition: SurveyDefinition): ParsedXlsForm => ({
		title,
		languages: surveyLanguages(languages.found, defaultLocale),
		definition,
		unsupported: unsupported.sort(sortByPlace),
		errors: errors.sort(sortByPlace)
	});
	if (errors.length === 0 && sections.every(({ section }) => section.questions.length === 0))
		errors.push({ sheet: survey.name, row: 0, code: 'no_questions' });
	if (errors.length > 0) return result({ sections: [] });

	const parsed = SurveyDefinitionSchema.safeParse({ sections: sections.map(({ section }) => section) });
	if (parsed.success) return result(parsed.data);
	for (const issue of parsed.error.issues) {
		const [, s, , q, field] = issue.path;
		const place = typeof s === 'number' ? sections[s] : undefined;
		const row = place ? (typeof q === 'number' ? place.rows[q] : place.row) : 0;
		errors.push({
			sheet: survey.name,
			row,
			column: typeof field === 'string' ? modelFieldColumn[field] : undefined,
			code: 'invalid_definition',
			value: issue.message
		});
	}
	return result({ sections: [] });
}

/** The languages a survey is written in: its default first, when it has columns in it. */
const surveyLanguages = (found: ContentLocale[], defaultLocale: ContentLocale): ContentLocale[] =>
	found.length === 0
		? [defaultLocale]
		: found.includes(defaultLocale)
			? [defaultLocale, ...found.filter((locale) => locale !== defaultLocale)]
			: found;

/** The survey sheet's column a model field comes from, to point at a refusal. */
const modelFieldColumn: Record<string, string> = {
	marks: 'marks',
	correct: 'correct',
	tolerance: 'tolerance',
	module: 'module',
	name: 'name',
	type: 'type',
	label: 'label',
	help: 'hint',
	choices: 'type',
	rows: 'type',
	scale: 'parameters',
	constraint: 'constraint',
	showIf: 'relevant'
};
