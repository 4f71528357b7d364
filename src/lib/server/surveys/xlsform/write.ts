// A survey written as an XLSForm workbook (https://xlsform.org), for ODK, KoboToolbox and SurveyCTO.
import ExcelJS from 'exceljs';
import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { interfaceLocaleFor, type InterfaceLocale } from '../../../i18n/content-languages.js';
import { type ContentLocale, type Localized } from '../../../i18n/localized.js';
import { otherValue, type Choice, type SurveyDefinition } from '../../../surveys/definition.js';
import { defaultRatingScale } from '../../../surveys/question-types.js';
import { writeConstraint, writeRelevant } from './expressions.js';
import { languageColumnName } from './languages.js';

for (const locale of [en, fr, ar]) countries.registerLocale(locale);

export type XlsFormSurvey = { title: Localized; languages: ContentLocale[]; definition: SurveyDefinition };

/** The columns of a knowledge test's marks, right answers and modules: MHub's own extension. */
const scoringColumns = ['marks', 'correct', 'tolerance', 'module'];
/** Choice lists a survey always has under these names; a question's own list takes another. */
const countriesList = 'countries';
const yesNoList = 'yes_no';
/** Yes and no in the interface's languages; other languages take the nearest one's. */
const yesNoLabels: Record<'yes' | 'no', Record<InterfaceLocale, string>> = {
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
		languages.map((locale) => `${base}::${languageColumnName(locale)}`);
	const localizedCells = (text: Localized | null | undefined) =>
		languages.map((locale) => text?.[locale] ?? '');

	const isTest = survey.definition.sections.some((section) =>
		section.questions.some((question) => question.marks !== undefined || question.module !== undefined)
	);
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
		...localizedColumns('scale_max_label'),
		// MHub's knowledge-test columns, only in a test (other tools ignore columns they do not know).
		...(isTest ? scoringColumns : [])
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
		marks?: number;
		correct?: string | number | string[];
		tolerance?: number;
		module?: string;
	};
	const optionalCell = (value: string | number | string[] | undefined) =>
		value === undefined ? '' : [value].flat().join(' ');
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
		...localizedCells(item.maxLabel),
		...(isTest ? [item.marks, item.correct, item.tolerance, item.module].map(optionalCell) : [])
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
				constraintMessage: question.constraint?.message,
				marks: question.marks,
				correct: question.correct,
				tolerance: question.tolerance,
				module: question.module
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
			choiceLines.push([
				yesNoList,
				value,
				...languages.map((locale) => yesNoLabels[value][interfaceLocaleFor(locale)])
			]);
	if (needsCountries) {
		// The official names in English, French and Arabic; CLDR's in other languages.
		const names = Object.fromEntries(
			languages.map((locale) => [locale, countries.getNames(locale, { select: 'official' })])
		);
		const cldrNames = Object.fromEntries(
			languages.map((locale) => [locale, new Intl.DisplayNames([locale], { type: 'region' })])
		);
		const nameIn = (locale: ContentLocale, code: string) =>
			names[locale]?.[code] ?? cldrNames[locale].of(code) ?? code;
		const codes = Object.keys(countries.getAlpha2Codes()).sort((a, b) =>
			(names.en?.[a] ?? a).localeCompare(names.en?.[b] ?? b, 'en')
		);
		for (const code of codes)
			choiceLines.push([countriesList, code, ...languages.map((locale) => nameIn(locale, code))]);
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
				languageColumnName(defaultLanguage),
				versionStamp()
			]
		]
	);
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** ODK wants a version that grows with each new form; the time of export, to the minute, does. */
const versionStamp = () => new Date().toISOString().slice(0, 16).replace(/\D/g, '');
