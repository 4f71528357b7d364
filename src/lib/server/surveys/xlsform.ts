// XLSForm (https://xlsform.org), the spreadsheet format of ODK, KoboToolbox and SurveyCTO: a survey
// read from one and written as one. What the survey model cannot hold is reported row by row and left
// out; what would make the import wrong (an unknown list, a repeated name…) refuses it as a whole.
import ExcelJS from 'exceljs';
import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { type ContentLocale, type Localized } from '../../i18n/localized.js';
import { isDomainError } from '../errors.js';
import { readTableFile, type TableLimits, type TableSheet } from '../files/read-table-file.js';
import { defaultRatingScale } from '../../surveys/question-types.js';
import {
	otherValue,
	SurveyDefinitionSchema,
	type Choice,
	type Condition,
	type Constraint,
	type Question,
	type Section,
	type SurveyDefinition
} from '../../surveys/definition.js';
import {
	parseConstraint,
	parseRelevant,
	writeConstraint,
	writeRelevant,
	type ConstraintRules
} from './xlsform-expressions.js';

for (const locale of [en, fr, ar]) countries.registerLocale(locale);

/**
 * Something in the workbook, where a spreadsheet program shows it: `row` 1-based (0 when it is about
 * the whole file or sheet). `code` says what (the page words it as `xlsform_<code>`); `value` the
 * text concerned (a type, an expression, a name), or for `invalid_definition` the model's error key.
 */
export type XlsFormProblem = {
	sheet: string;
	row: number;
	column?: string;
	code: XlsFormProblemCode;
	value?: string;
};

export const xlsFormErrorCodes = [
	'not_xlsx',
	'no_survey_sheet',
	'missing_column',
	'missing_type',
	'unknown_list',
	'duplicate_name',
	'invalid_name',
	'invalid_choice_value',
	'duplicate_choice',
	'too_many_choices',
	'unbalanced_group',
	'no_questions',
	'invalid_definition'
] as const;
export const xlsFormUnsupportedCodes = [
	'unsupported_type',
	'unsupported_repeat',
	'unsupported_relevant',
	'unsupported_constraint',
	'constraint_approximated',
	'unsupported_required',
	'unsupported_language',
	'unsupported_column',
	'label_missing',
	'range_as_number'
] as const;
export type XlsFormProblemCode =
	(typeof xlsFormErrorCodes)[number] | (typeof xlsFormUnsupportedCodes)[number];

export type ParsedXlsForm = {
	title: Localized;
	languages: ContentLocale[];
	definition: SurveyDefinition;
	/** Left out, the rest imported. */
	unsupported: XlsFormProblem[];
	/** The import is refused as a whole when there is any. */
	errors: XlsFormProblem[];
};

// ——— Reading sheets ———

type Header = { index: number; base: string; language?: string };
type SheetRow = { number: number; cells: string[] };
type Sheet = {
	name: string;
	headers: Header[];
	/** The columns of each kind, those naming their language first, then the plain one. */
	columns: Map<string, Header[]>;
	rows: SheetRow[];
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
/** As many as a question may offer (the survey model's limit). */
const maxChoices = 200;

/** Column names as people and tools write them, and pyxform's older spellings. */
const columnAliases: Record<string, string> = {
	'list name': 'list_name',
	'jr:constraintmsg': 'constraint_message',
	'constraint message': 'constraint_message',
	relevance: 'relevant',
	caption: 'label',
	value: 'name',
	'form title': 'form_title',
	'default language': 'default_language'
};

function header(text: string, index: number): Header | undefined {
	const trimmed = text.trim();
	if (!trimmed) return undefined;
	const [base, ...rest] = trimmed.split('::');
	const key = base.trim().toLowerCase();
	const language = rest.join('::').trim();
	return { index, base: columnAliases[key] ?? key.replace(/\s+/g, '_'), language: language || undefined };
}

function readSheet(table: TableSheet): Sheet {
	const rows: SheetRow[] = [];
	let headers: Header[] | undefined;
	// The first row with anything in it names the columns.
	table.rows.forEach((cells, index) => {
		const filled = cells.map((text) => text.trim());
		if (!filled.some((text) => text)) return;
		if (!headers) headers = filled.flatMap((text, column) => header(text, column) ?? []);
		else rows.push({ number: index + 1, cells: filled });
	});
	const columns = new Map<string, Header[]>();
	for (const column of [...(headers ?? [])].sort((a, b) => Number(!a.language) - Number(!b.language)))
		columns.set(column.base, [...(columns.get(column.base) ?? []), column]);
	return { name: table.name, headers: headers ?? [], columns, rows };
}

const cell = (sheet: Sheet, row: SheetRow, base: string): string => {
	const column = sheet.columns.get(base)?.find((item) => !item.language);
	return column ? (row.cells[column.index] ?? '') : '';
};

const hasColumn = (sheet: Sheet, base: string) => sheet.columns.has(base);

// ——— Languages ———

const languageNames: Record<string, ContentLocale> = {
	en: 'en',
	eng: 'en',
	english: 'en',
	anglais: 'en',
	الإنجليزية: 'en',
	fr: 'fr',
	fra: 'fr',
	fre: 'fr',
	french: 'fr',
	français: 'fr',
	francais: 'fr',
	الفرنسية: 'fr',
	ar: 'ar',
	ara: 'ar',
	arabic: 'ar',
	arabe: 'ar',
	العربية: 'ar',
	عربي: 'ar'
};

/** `English (en)`, `Français (fr)`, `fr`, `Arabic` → a content language; undefined for others. */
export function localeOfLanguage(text: string): ContentLocale | undefined {
	const trimmed = text.trim().toLowerCase();
	const code = /\(\s*([a-z]{2,3})(?:[-_][a-z0-9]+)?\s*\)\s*$/.exec(trimmed)?.[1];
	if (code) return languageNames[code];
	return languageNames[trimmed] ?? languageNames[trimmed.split(/[-_]/)[0]];
}

const languageColumnNames: Record<ContentLocale, string> = {
	en: 'English (en)',
	fr: 'Français (fr)',
	ar: 'العربية (ar)'
};

/** Reads the text of one kind (label, hint…) in every language a sheet has a column for. */
class Languages {
	readonly found: ContentLocale[] = [];
	readonly unsupported: XlsFormProblem[] = [];
	private reported = new Set<string>();

	constructor(readonly defaultLocale: ContentLocale) {}

	localized(sheet: Sheet, row: SheetRow, base: string): Localized {
		const text: Localized = {};
		// Columns that name their language win over the plain one, which is the default language.
		for (const column of sheet.columns.get(base) ?? []) {
			const locale = this.localeOf(sheet, column);
			const value = row.cells[column.index]?.trim();
			if (locale && value && !text[locale]) text[locale] = value;
		}
		return text;
	}

	/** Notes the languages of a sheet's columns of one kind, in their order. */
	scan(sheet: Sheet, base: string) {
		for (const column of sheet.headers) if (column.base === base) this.localeOf(sheet, column);
	}

	private localeOf(sheet: Sheet, column: Header): ContentLocale | undefined {
		const locale = column.language ? localeOfLanguage(column.language) : this.defaultLocale;
		const name = `${column.base}::${column.language}`;
		if (!locale && !this.reported.has(`${sheet.name}:${name}`)) {
			this.reported.add(`${sheet.name}:${name}`);
			this.unsupported.push({
				sheet: sheet.name,
				row: 1,
				column: name,
				code: 'unsupported_language',
				value: column.language
			});
		}
		if (locale && !this.found.includes(locale)) this.found.push(locale);
		return locale;
	}
}

// ——— Reading the survey ———

type Node =
	| { kind: 'row'; row: SheetRow }
	| { kind: 'group'; row: SheetRow; children: Node[] }
	| { kind: 'repeat'; row: SheetRow };

/** A list of the choices sheet, read once for every question that offers it. */
type ChoiceList = { choices: Choice[]; values: Set<string>; countryCodes: boolean };

const namePattern = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const choiceValuePattern = /^[A-Za-z0-9_.-]{1,64}$/;
const isTrue = (text: string) => /^(yes|true|1|true\(\))$/i.test(text.trim());
const isFalse = (text: string) => /^(no|false|0|false\(\)|)$/i.test(text.trim());

/** Columns that change what a question does, which the survey model has no place for. */
const ignoredBehaviourColumns = ['choice_filter', 'default', 'read_only', 'trigger'];

const typeKeyword = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

function rangeParameters(text: string): Record<string, number | undefined> {
	const values: Record<string, number | undefined> = {};
	for (const [, key, value] of text.matchAll(/(\w+)\s*=\s*(-?[\d.]+)/g))
		values[key.toLowerCase()] = Number(value);
	return values;
}

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

function readChoiceLists(
	choices: Sheet | undefined,
	languages: Languages,
	errors: XlsFormProblem[],
	unsupported: XlsFormProblem[]
): Map<string, ChoiceList> {
	const lists = new Map<string, ChoiceList>();
	if (!choices || choices.rows.length === 0) return lists;
	for (const column of ['list_name', 'name'])
		if (!hasColumn(choices, column))
			errors.push({ sheet: choices.name, row: 1, column, code: 'missing_column' });
	if (errors.length > 0) return lists;
	for (const row of choices.rows) {
		const listName = cell(choices, row, 'list_name');
		const value = cell(choices, row, 'name');
		if (!listName && !value) continue;
		const list = lists.get(listName) ?? { choices: [], values: new Set<string>(), countryCodes: true };
		lists.set(listName, list);
		if (!choiceValuePattern.test(value)) {
			errors.push({
				sheet: choices.name,
				row: row.number,
				column: 'name',
				code: 'invalid_choice_value',
				value
			});
			continue;
		}
		if (list.values.has(value)) {
			errors.push({
				sheet: choices.name,
				row: row.number,
				column: 'name',
				code: 'duplicate_choice',
				value
			});
			continue;
		}
		let label = languages.localized(choices, row, 'label');
		if (Object.keys(label).length === 0) {
			label = { [languages.defaultLocale]: value };
			unsupported.push({
				sheet: choices.name,
				row: row.number,
				column: 'label',
				code: 'label_missing',
				value
			});
		}
		list.values.add(value);
		list.countryCodes &&= /^[A-Z]{2}$/.test(value);
		list.choices.push({ value, label });
	}
	return lists;
}

function buildTree(survey: Sheet, errors: XlsFormProblem[]): Node[] {
	const root: Node[] = [];
	const open: Array<{ node: Extract<Node, { kind: 'group' | 'repeat' }>; children: Node[] }> = [];
	const current = () => (open.length > 0 ? open[open.length - 1].children : root);
	for (const row of survey.rows) {
		const type = typeKeyword(cell(survey, row, 'type'));
		const name = cell(survey, row, 'name');
		if (!type) {
			if (name || row.cells.some((text) => text))
				errors.push({
					sheet: survey.name,
					row: row.number,
					column: 'type',
					code: 'missing_type',
					value: name || undefined
				});
			continue;
		}
		const begin = /^begin[ _](group|repeat)$/.exec(type)?.[1];
		const end = /^end[ _](group|repeat)$/.exec(type)?.[1];
		if (begin) {
			const children: Node[] = [];
			const node =
				begin === 'group' ? ({ kind: 'group', row, children } as const) : ({ kind: 'repeat', row } as const);
			current().push(node);
			open.push({ node, children });
		} else if (end) {
			const top = open[open.length - 1];
			if (!top || top.node.kind !== end)
				errors.push({
					sheet: survey.name,
					row: row.number,
					column: 'type',
					code: 'unbalanced_group',
					value: type
				});
			else open.pop();
		} else current().push({ kind: 'row', row });
	}
	for (const { node } of open)
		errors.push({
			sheet: survey.name,
			row: node.row.number,
			column: 'type',
			code: 'unbalanced_group',
			value: typeKeyword(cell(survey, node.row, 'type'))
		});
	return root;
}

type SectionWithRows = { section: Section; row: number; rows: number[] };

class SurveyReader {
	/** Questions imported so far, by name: conditions may only look back at them. */
	private asked = new Set<string>();
	/** Question names and section names, each unique among their own kind (as in the model). */
	private names = new Set<string>();
	private sectionNames = new Set<string>();

	constructor(
		private survey: Sheet,
		private lists: Map<string, ChoiceList>,
		private languages: Languages,
		private errors: XlsFormProblem[],
		private unsupported: XlsFormProblem[]
	) {}

	private text(row: SheetRow, base: string) {
		return cell(this.survey, row, base);
	}

	private report(row: SheetRow, code: XlsFormProblemCode, column?: string, value?: string) {
		this.unsupported.push({ sheet: this.survey.name, row: row.number, column, code, value });
	}

	private refuse(row: SheetRow, code: XlsFormProblemCode, column?: string, value?: string) {
		this.errors.push({ sheet: this.survey.name, row: row.number, column, code, value });
	}

	/** A name checked as the model wants it, and once in the whole survey. */
	private claimName(row: SheetRow, name: string, names = this.names): boolean {
		if (!namePattern.test(name)) {
			this.refuse(row, 'invalid_name', 'name', name);
			return false;
		}
		if (names.has(name)) {
			this.refuse(row, 'duplicate_name', 'name', name);
			return false;
		}
		names.add(name);
		return true;
	}

	sections(tree: Node[]): SectionWithRows[] {
		const groupNames = new Set(
			tree.flatMap((node) =>
				node.kind === 'group' && !this.isMatrix(node) ? [this.text(node.row, 'name')] : []
			)
		);
		const sections: Array<SectionWithRows & { loose?: true }> = [];
		let loose: (typeof sections)[number] | undefined;
		for (const node of tree) {
			if (node.kind === 'group' && !this.isMatrix(node)) {
				loose = undefined;
				const name = this.text(node.row, 'name');
				this.claimName(node.row, name, this.sectionNames);
				const title = this.languages.localized(this.survey, node.row, 'label');
				const section: SectionWithRows = {
					section: { name, title: Object.keys(title).length > 0 ? title : undefined, questions: [] },
					row: node.row.number,
					rows: []
				};
				sections.push(section);
				this.addAll(section, node.children, this.groupConditions(node.row));
			} else {
				if (!loose) {
					loose = { section: { name: '', questions: [] }, row: node.row.number, rows: [], loose: true };
					sections.push(loose);
				}
				this.addAll(loose, [node], []);
			}
		}
		// Questions outside groups: a section named `main` (then main_2…) for each run of them that
		// imported anything, so a form of start/end/today rows before its first group adds no section.
		const kept = sections.filter((section) => !section.loose || section.section.questions.length > 0);
		let name = 'main';
		for (const section of kept.filter((item) => item.loose)) {
			for (let n = 2; groupNames.has(name); n++) name = `main_${n}`;
			section.section.name = name;
			groupNames.add(name);
		}
		return kept.map(({ section, row, rows }) => ({ section, row, rows }));
	}

	private groupConditions(row: SheetRow): Condition[] {
		const relevant = this.text(row, 'relevant');
		return relevant ? this.conditions(row, relevant) : [];
	}

	private addAll(section: SectionWithRows, nodes: Node[], inherited: Condition[]) {
		for (const node of nodes) {
			if (node.kind === 'repeat') {
				this.report(node.row, 'unsupported_repeat', 'type', this.text(node.row, 'name'));
			} else if (node.kind === 'group') {
				const conditions = [...inherited, ...this.groupConditions(node.row)];
				const matrix = this.isMatrix(node) ? this.matrix(node, conditions) : undefined;
				if (matrix) {
					section.section.questions.push(matrix);
					section.rows.push(node.row.number);
					this.asked.add(matrix.name);
				} else this.addAll(section, node.children, conditions);
			} else {
				const question = this.question(node.row, inherited);
				if (question) {
					section.section.questions.push(question);
					section.rows.push(node.row.number);
					this.asked.add(question.name);
				}
			}
		}
	}

	/** Conditions that look back at imported questions only; else none, reported. */
	private conditions(row: SheetRow, relevant: string): Condition[] {
		const parsed = parseRelevant(relevant);
		if ('conditions' in parsed && parsed.conditions.every((condition) => this.asked.has(condition.question)))
			return parsed.conditions;
		this.report(row, 'unsupported_relevant', 'relevant', relevant);
		return [];
	}

	private label(row: SheetRow, name: string): Localized {
		const label = this.languages.localized(this.survey, row, 'label');
		if (Object.keys(label).length > 0) return label;
		this.report(row, 'label_missing', 'label', name);
		return { [this.languages.defaultLocale]: name };
	}

	private optionalText(row: SheetRow, base: string): Localized | undefined {
		const text = this.languages.localized(this.survey, row, base);
		return Object.keys(text).length > 0 ? text : undefined;
	}

	private required(row: SheetRow): boolean {
		const text = this.text(row, 'required');
		if (isTrue(text)) return true;
		if (!isFalse(text)) this.report(row, 'unsupported_required', 'required', text);
		return false;
	}

	private selectOf(row: SheetRow): { multiple: boolean; list: string; other: boolean } | undefined {
		const match = /^select_(one|multiple)\s+(\S+)(\s+or_other)?$/.exec(typeKeyword(this.text(row, 'type')));
		if (!match) return undefined;
		// The list name keeps its case: list names are compared as written.
		const list = this.text(row, 'type').trim().split(/\s+/)[1];
		return { multiple: match[1] === 'multiple', list, other: Boolean(match[3]) };
	}

	/** A table-list group of select_one questions from one list, none with its own condition. */
	private isMatrix(node: Extract<Node, { kind: 'group' }>): boolean {
		if (!/\btable-list\b/.test(this.text(node.row, 'appearance'))) return false;
		const rows = this.matrixRows(node);
		if (rows.length === 0 || rows.length !== node.children.filter((child) => !this.isHeaderRow(child)).length)
			return false;
		const selects = rows.map((row) => this.selectOf(row));
		return (
			selects.every(
				(select) =>
					select &&
					!select.multiple &&
					!select.other &&
					select.list === selects[0]?.list &&
					(this.lists.get(select.list)?.choices.length ?? maxChoices + 1) <= maxChoices
			) && rows.every((row) => !this.text(row, 'relevant') && !this.text(row, 'constraint'))
		);
	}

	/** Kobo puts the choices' header on a first question with appearance `label`. */
	private isHeaderRow(node: Node): boolean {
		return node.kind === 'row' && this.text(node.row, 'appearance').trim() === 'label';
	}

	private matrixRows(node: Extract<Node, { kind: 'group' }>): SheetRow[] {
		return node.children.flatMap((child) =>
			child.kind === 'row' && !this.isHeaderRow(child) ? [child.row] : []
		);
	}

	private matrix(node: Extract<Node, { kind: 'group' }>, conditions: Condition[]): Question | undefined {
		const name = this.text(node.row, 'name');
		if (!this.claimName(node.row, name)) return undefined;
		const rows = this.matrixRows(node);
		const list = this.selectOf(rows[0])!.list;
		const prefix = `${name}_`;
		return {
			name,
			type: 'matrix',
			label: this.label(node.row, name),
			help: this.optionalText(node.row, 'hint'),
			required: rows.every((row) => isTrue(this.text(row, 'required'))),
			choices: this.lists.get(list)!.choices,
			allowOther: false,
			rows: rows.map((row) => {
				const rowName = this.text(row, 'name');
				const value =
					rowName.startsWith(prefix) && rowName.length > prefix.length
						? rowName.slice(prefix.length)
						: rowName;
				return { value, label: this.label(row, rowName) };
			}),
			showIf: conditions
		};
	}

	private question(row: SheetRow, inherited: Condition[]): Question | undefined {
		const typeText = this.text(row, 'type');
		const type = typeKeyword(typeText);
		const name = this.text(row, 'name');
		const appearance = this.text(row, 'appearance').toLowerCase();
		const base = { choices: [] as Choice[], allowOther: false, rows: [] as Choice[] };
		let shape: Pick<Question, 'type' | 'choices' | 'allowOther' | 'rows' | 'scale'>;
		let wholeNumbers = false;
		const select = this.selectOf(row);
		if (type === 'text') {
			shape = {
				...base,
				type: /\bmultiline\b/.test(appearance)
					? 'long_text'
					: /\bemail\b/.test(appearance)
						? 'email'
						: 'short_text'
			};
		} else if (type === 'integer' || type === 'int' || type === 'decimal') {
			shape = { ...base, type: 'number' };
			wholeNumbers = type !== 'decimal';
		} else if (type === 'date') {
			shape = { ...base, type: 'date' };
		} else if (type === 'range') {
			const parameters = rangeParameters(this.text(row, 'parameters'));
			const { start = 1, end = 10, step = 1 } = parameters;
			wholeNumbers = Number.isInteger(start) && Number.isInteger(step);
			if (
				Number.isInteger(start) &&
				Number.isInteger(end) &&
				step === 1 &&
				start >= 0 &&
				end <= 10 &&
				start < end
			) {
				const minLabel = this.optionalText(row, 'scale_min_label');
				const maxLabel = this.optionalText(row, 'scale_max_label');
				shape = {
					...base,
					type: 'rating',
					scale: { min: start, max: end, ...(minLabel && { minLabel }), ...(maxLabel && { maxLabel }) }
				};
			} else {
				// Not a scale a rating can show: a number between the same bounds.
				this.report(row, 'range_as_number', 'parameters', this.text(row, 'parameters'));
				const bounds = { min: Math.min(start, end), max: Math.max(start, end) };
				return this.finish(row, name, { ...base, type: 'number' }, inherited, wholeNumbers, bounds);
			}
		} else if (select) {
			const list = this.lists.get(select.list);
			if (!list) {
				this.refuse(row, 'unknown_list', 'type', select.list);
				return undefined;
			}
			const { values } = list;
			if (!select.multiple && !select.other && values.size === 2 && values.has('yes') && values.has('no'))
				shape = { ...base, type: 'yes_no' };
			else if (!select.multiple && !select.other && select.list === 'countries' && list.countryCodes)
				shape = { ...base, type: 'country' };
			else if (list.choices.length > maxChoices) {
				this.refuse(row, 'too_many_choices', 'type', select.list);
				return undefined;
			} else
				shape = {
					...base,
					type: select.multiple ? 'multiple_choice' : 'single_choice',
					choices: list.choices,
					allowOther: select.other
				};
		} else {
			this.report(row, 'unsupported_type', 'type', typeText);
			return undefined;
		}
		return this.finish(row, name, shape, inherited, wholeNumbers);
	}

	private finish(
		row: SheetRow,
		name: string,
		shape: Pick<Question, 'type' | 'choices' | 'allowOther' | 'rows' | 'scale'>,
		inherited: Condition[],
		wholeNumbers: boolean,
		bounds: ConstraintRules = {}
	): Question | undefined {
		if (!this.claimName(row, name)) return undefined;
		const relevant = this.text(row, 'relevant');
		const constraint = this.constraint(row, wholeNumbers, bounds);
		return {
			name,
			...shape,
			label: this.label(row, name),
			help: this.optionalText(row, 'hint'),
			required: this.required(row),
			showIf: [...inherited, ...(relevant ? this.conditions(row, relevant) : [])],
			...(constraint && { constraint })
		};
	}

	private constraint(row: SheetRow, wholeNumbers: boolean, bounds: ConstraintRules): Constraint | undefined {
		const expression = this.text(row, 'constraint');
		const parsed = expression ? parseConstraint(expression, { wholeNumbers }) : undefined;
		for (const clause of parsed?.unsupported ?? [])
			this.report(row, 'unsupported_constraint', 'constraint', clause);
		for (const clause of parsed?.approximated ?? [])
			this.report(row, 'constraint_approximated', 'constraint', clause);
		const rules: ConstraintRules = { ...parsed?.rules };
		// A range's own bounds hold as well as the constraint's: the narrower of each wins.
		if (bounds.min !== undefined) rules.min = Math.max(bounds.min, rules.min ?? bounds.min);
		if (bounds.max !== undefined) rules.max = Math.min(bounds.max, rules.max ?? bounds.max);
		const message = this.optionalText(row, 'constraint_message');
		const kept = Object.fromEntries(Object.entries(rules).filter(([, value]) => value !== undefined));
		if (Object.keys(kept).length === 0 && !message) return undefined;
		return { ...kept, ...(message && { message }) };
	}
}

// ——— Writing ———

export type XlsFormSurvey = { title: Localized; languages: ContentLocale[]; definition: SurveyDefinition };

/** Choice lists a survey always has under these names; a question's own list takes another. */
const countriesList = 'countries';
const yesNoList = 'yes_no';
const yesNoLabels: Record<'yes' | 'no', Record<ContentLocale, string>> = {
	yes: { en: 'Yes', fr: 'Oui', ar: 'نعم' },
	no: { en: 'No', fr: 'Non', ar: 'لا' }
};

/**
 * A survey as an XLSForm workbook (survey, choices and settings sheets) that ODK and KoboToolbox
 * read, and that `parseXlsForm` reads back to the same survey. Each section is a group; a matrix a
 * `table-list` group of one select_one per row named `<matrix>_<row>` (so a row's value must also be
 * a valid name); a rating a `range` (a rating without a scale as 1 to 5), its end labels in
 * `scale_min_label`/`scale_max_label` columns other tools ignore; an email a text with appearance
 * `email`; a country a select_one from the `countries` list of ISO codes; yes/no a select_one from
 * `yes_no` (read back, any select_one of exactly yes and no is a yes/no question).
 */
export async function writeXlsForm(survey: XlsFormSurvey): Promise<Buffer> {
	const languages = survey.languages.length > 0 ? survey.languages : (['en'] as ContentLocale[]);
	const localizedColumns = (base: string) =>
		languages.map((locale) => `${base}::${languageColumnNames[locale]}`);
	const localizedCells = (text: Localized | null | undefined) =>
		languages.map((locale) => text?.[locale] ?? '');

	const surveyColumns = [
		'type',
		'name',
		...localizedColumns('label'),
		...localizedColumns('hint'),
		'required',
		'relevant',
		'constraint',
		...localizedColumns('constraint_message'),
		'appearance',
		'parameters',
		...localizedColumns('scale_min_label'),
		...localizedColumns('scale_max_label')
	];
	type SurveyLine = {
		type: string;
		name: string;
		label?: Localized | null;
		hint?: Localized | null;
		required?: boolean;
		relevant?: string;
		constraint?: string;
		constraintMessage?: Localized | null;
		appearance?: string;
		parameters?: string;
		minLabel?: Localized | null;
		maxLabel?: Localized | null;
	};
	const line = (item: SurveyLine) => [
		item.type,
		item.name,
		...localizedCells(item.label),
		...localizedCells(item.hint),
		item.required ? 'yes' : '',
		item.relevant ?? '',
		item.constraint ?? '',
		...localizedCells(item.constraintMessage),
		item.appearance ?? '',
		item.parameters ?? '',
		...localizedCells(item.minLabel),
		...localizedCells(item.maxLabel)
	];

	const takenLists = new Set([countriesList, yesNoList]);
	const listName = (name: string) => {
		let list = name;
		for (let n = 2; takenLists.has(list); n++) list = `${name}_${n}`;
		takenLists.add(list);
		return list;
	};
	const choiceLines: string[][] = [];
	const addList = (list: string, choices: readonly Choice[]) => {
		for (const choice of choices) choiceLines.push([list, choice.value, ...localizedCells(choice.label)]);
	};
	let needsCountries = false;
	let needsYesNo = false;

	const surveyLines: string[][] = [];
	for (const section of survey.definition.sections) {
		surveyLines.push(line({ type: 'begin group', name: section.name, label: section.title }));
		for (const question of section.questions) {
			const common = {
				name: question.name,
				label: question.label,
				hint: question.help,
				required: question.required,
				relevant: writeRelevant(question.showIf),
				constraint: question.constraint ? writeConstraint(question.constraint) : '',
				constraintMessage: question.constraint?.message
			};
			const other = question.allowOther ? ' or_other' : '';
			switch (question.type) {
				case 'short_text':
					surveyLines.push(line({ ...common, type: 'text' }));
					break;
				case 'long_text':
					surveyLines.push(line({ ...common, type: 'text', appearance: 'multiline' }));
					break;
				case 'email':
					surveyLines.push(line({ ...common, type: 'text', appearance: 'email' }));
					break;
				case 'number':
					surveyLines.push(line({ ...common, type: 'decimal' }));
					break;
				case 'date':
					surveyLines.push(line({ ...common, type: 'date' }));
					break;
				case 'rating': {
					const { min, max, minLabel, maxLabel } = { ...defaultRatingScale, ...question.scale };
					surveyLines.push(
						line({
							...common,
							type: 'range',
							parameters: `start=${min} end=${max} step=1`,
							minLabel,
							maxLabel
						})
					);
					break;
				}
				case 'single_choice':
				case 'multiple_choice': {
					const list = listName(question.name);
					addList(
						list,
						question.choices.filter((choice) => !(question.allowOther && choice.value === otherValue))
					);
					const select = question.type === 'single_choice' ? 'select_one' : 'select_multiple';
					surveyLines.push(line({ ...common, type: `${select} ${list}${other}` }));
					break;
				}
				case 'yes_no':
					needsYesNo = true;
					surveyLines.push(line({ ...common, type: `select_one ${yesNoList}` }));
					break;
				case 'country':
					needsCountries = true;
					surveyLines.push(line({ ...common, type: `select_one ${countriesList}` }));
					break;
				case 'matrix': {
					const list = listName(question.name);
					addList(list, question.choices);
					surveyLines.push(
						line({
							type: 'begin group',
							name: question.name,
							label: question.label,
							hint: question.help,
							relevant: common.relevant,
							appearance: 'table-list'
						})
					);
					for (const row of question.rows)
						surveyLines.push(
							line({
								type: `select_one ${list}`,
								name: `${question.name}_${row.value}`,
								label: row.label,
								required: question.required
							})
						);
					surveyLines.push(line({ type: 'end group', name: '' }));
					break;
				}
			}
		}
		surveyLines.push(line({ type: 'end group', name: '' }));
	}
	if (needsYesNo)
		for (const value of ['yes', 'no'] as const)
			choiceLines.push([yesNoList, value, ...languages.map((locale) => yesNoLabels[value][locale])]);
	if (needsCountries) {
		const names = Object.fromEntries(
			languages.map((locale) => [locale, countries.getNames(locale, { select: 'official' })])
		);
		const codes = Object.keys(countries.getAlpha2Codes()).sort((a, b) =>
			(names.en?.[a] ?? a).localeCompare(names.en?.[b] ?? b, 'en')
		);
		for (const code of codes)
			choiceLines.push([countriesList, code, ...languages.map((locale) => names[locale][code] ?? code)]);
	}

	const workbook = new ExcelJS.Workbook();
	const addSheet = (name: string, columns: string[], rows: string[][]) => {
		const sheet = workbook.addWorksheet(name);
		sheet.addRow(columns).font = { bold: true };
		for (const row of rows) sheet.addRow(row);
		// Keep every cell text, so spreadsheet programs do not turn `1` or `2024-01-01` into numbers or dates.
		sheet.eachRow((row) => row.eachCell((item) => (item.numFmt = '@')));
	};
	addSheet('survey', surveyColumns, surveyLines);
	addSheet('choices', ['list_name', 'name', ...localizedColumns('label')], choiceLines);
	const defaultLanguage = languages[0];
	addSheet(
		'settings',
		['form_title', ...localizedColumns('form_title'), 'default_language', 'version'],
		[
			[
				survey.title[defaultLanguage] ?? '',
				...localizedCells(survey.title),
				languageColumnNames[defaultLanguage],
				versionStamp()
			]
		]
	);
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** ODK wants a version that grows with each new form; the time of export, to the minute, does. */
const versionStamp = () => new Date().toISOString().slice(0, 16).replace(/\D/g, '');
