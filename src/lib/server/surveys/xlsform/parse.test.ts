import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Localized } from '../../../i18n/localized.js';
import { parseXlsForm } from './parse.js';
import { writeXlsForm } from './write.js';

type Table = (string | number)[][];

/** A workbook built here, as a person would in a spreadsheet program: first row the headers. */
async function workbook(sheets: Record<string, Table>): Promise<Buffer> {
	const book = new ExcelJS.Workbook();
	for (const [name, rows] of Object.entries(sheets)) {
		const sheet = book.addWorksheet(name);
		for (const row of rows) sheet.addRow(row);
	}
	return Buffer.from(await book.xlsx.writeBuffer());
}

const koboHeaders = [
	'type',
	'name',
	'label::English (en)',
	'label::Français (fr)',
	'hint::English (en)',
	'required',
	'relevant',
	'constraint',
	'constraint_message::English (en)',
	'appearance',
	'parameters'
];
const row = (
	type: string,
	name: string,
	en = '',
	frLabel = '',
	more: Partial<
		Record<'hint' | 'required' | 'relevant' | 'constraint' | 'message' | 'appearance' | 'parameters', string>
	> = {}
) => [
	type,
	name,
	en,
	frLabel,
	more.hint ?? '',
	more.required ?? '',
	more.relevant ?? '',
	more.constraint ?? '',
	more.message ?? '',
	more.appearance ?? '',
	more.parameters ?? ''
];

const koboChoices: Table = [
	['list_name', 'name', 'label::English (en)', 'label::Français (fr)'],
	['yn', 'yes', 'Yes', 'Oui'],
	['yn', 'no', 'No', 'Non'],
	['role', 'nurse', 'Nurse', 'Infirmier'],
	['role', 'midwife', 'Midwife', 'Sage-femme'],
	['topics', 'hygiene', 'Hygiene', 'Hygiène'],
	['topics', 'vaccines', 'Vaccines', 'Vaccins'],
	['countries', 'MA', 'Morocco', 'Maroc'],
	['countries', 'TN', 'Tunisia', 'Tunisie'],
	['agree', 'agree', 'Agree', "D'accord"],
	['agree', 'disagree', 'Disagree', 'Pas d’accord']
];

const koboSurvey: Table = [
	koboHeaders, // row 1
	row('start', 'start'), // 2
	row('begin group', 'profile', 'Profile', 'Profil'), // 3
	row('text', 'full_name', 'Full name', 'Nom complet', { required: 'yes', hint: 'As on your ID' }), // 4
	row('integer', 'age', 'Age', 'Âge', {
		constraint: '. >= 18 and . <= 99',
		message: 'Adults only',
		required: 'TRUE'
	}), // 5
	row('select_one yn', 'works', 'Do you work?', 'Travaillez-vous ?'), // 6
	row('select_one role or_other', 'role', 'Role', 'Rôle', { relevant: "${works} = 'yes'" }), // 7
	row('text', 'notes', 'Notes', 'Notes', {
		appearance: 'multiline',
		relevant: "${age} > 30 or ${works} = 'no'"
	}), // 8
	row('end group', ''), // 9
	row('begin repeat', 'children', 'Children'), // 10
	row('text', 'child_name', 'Name'), // 11
	row('end repeat', ''), // 12
	row('geopoint', 'location', 'Where are you?'), // 13
	row('select_multiple topics', 'topics', 'Topics', 'Sujets', {
		relevant: "selected(${role}, 'nurse')",
		constraint: 'count-selected(.) <= 2'
	}), // 14
	row('date', 'visit', 'Visit date', 'Date de visite'), // 15
	row('range', 'satisfaction', 'Satisfaction', 'Satisfaction', { parameters: 'start=1 end=5 step=1' }), // 16
	row('text', 'phone', 'Phone', 'Téléphone', { constraint: "regex(., '^[0-9]{10}$')" }), // 17
	row('select_one countries', 'country', 'Country', 'Pays'), // 18
	row('begin group', 'grid', 'Do you agree?', 'Êtes-vous d’accord ?', { appearance: 'table-list' }), // 19
	row('select_one agree', 'grid_header', '', '', { appearance: 'label' }), // 20
	row('select_one agree', 'grid_pay', 'Pay is fair', 'Le salaire est juste'), // 21
	row('select_one agree', 'grid_hours', 'Hours are fair', 'Les horaires sont justes'), // 22
	row('end group', ''), // 23
	row('note', 'thanks', 'Thank you') // 24
];
const koboSettings: Table = [
	['form_title', 'form_id', 'default_language', 'version'],
	['Health workers', 'hw_2024', 'English (en)', '2024061201']
];

const bilingual = (en: string, frText: string): Localized => ({ en, fr: frText });

describe('parseXlsForm on a KoboToolbox form', () => {
	it('imports groups, languages, conditions, constraints, "other", ratings, countries and a table-list matrix', async () => {
		const parsed = await parseXlsForm(
			await workbook({ survey: koboSurvey, choices: koboChoices, settings: koboSettings })
		);
		expect(parsed.errors).toEqual([]);
		expect(parsed.title).toEqual({ en: 'Health workers' });
		expect(parsed.languages).toEqual(['en', 'fr']);
		const [profile, main] = parsed.definition.sections;
		expect(parsed.definition.sections).toHaveLength(2);
		expect(profile.name).toBe('profile');
		expect(profile.title).toEqual(bilingual('Profile', 'Profil'));
		expect(profile.questions.map((q) => [q.name, q.type])).toEqual([
			['full_name', 'short_text'],
			['age', 'number'],
			['works', 'yes_no'],
			['role', 'single_choice'],
			['notes', 'long_text']
		]);
		const [fullName, age, works, role, notes] = profile.questions;
		expect(fullName).toMatchObject({
			required: true,
			help: { en: 'As on your ID' },
			label: bilingual('Full name', 'Nom complet')
		});
		expect(age.constraint).toEqual({ min: 18, max: 99, message: { en: 'Adults only' } });
		expect(age.required).toBe(true);
		expect(works.choices).toEqual([]);
		expect(role).toMatchObject({
			allowOther: true,
			choices: [
				{ value: 'nurse', label: bilingual('Nurse', 'Infirmier') },
				{ value: 'midwife', label: bilingual('Midwife', 'Sage-femme') }
			],
			showIf: [{ question: 'works', operator: 'equals', value: 'yes' }]
		});
		// Its condition used `or`: left out, so the question is always asked.
		expect(notes.showIf).toEqual([]);

		expect(main.name).toBe('main');
		expect(main.questions.map((q) => [q.name, q.type])).toEqual([
			['topics', 'multiple_choice'],
			['visit', 'date'],
			['satisfaction', 'rating'],
			['phone', 'short_text'],
			['country', 'country'],
			['grid', 'matrix']
		]);
		const [topics, , satisfaction, phone, , grid] = main.questions;
		expect(topics.showIf).toEqual([{ question: 'role', operator: 'includes', value: 'nurse' }]);
		expect(topics.constraint).toBeUndefined();
		expect(satisfaction.scale).toEqual({ min: 1, max: 5 });
		expect(phone.constraint).toEqual({ pattern: '[0-9]{10}' });
		expect(grid).toMatchObject({
			label: bilingual('Do you agree?', 'Êtes-vous d’accord ?'),
			choices: [
				{ value: 'agree', label: bilingual('Agree', "D'accord") },
				{ value: 'disagree', label: bilingual('Disagree', 'Pas d’accord') }
			],
			rows: [
				{ value: 'pay', label: bilingual('Pay is fair', 'Le salaire est juste') },
				{ value: 'hours', label: bilingual('Hours are fair', 'Les horaires sont justes') }
			]
		});
	});

	it('reports what it left out, by row', async () => {
		const parsed = await parseXlsForm(
			await workbook({ survey: koboSurvey, choices: koboChoices, settings: koboSettings })
		);
		expect(parsed.unsupported.map(({ row, column, code, value }) => [row, column, code, value])).toEqual([
			[2, 'type', 'unsupported_type', 'start'],
			[8, 'relevant', 'unsupported_relevant', "${age} > 30 or ${works} = 'no'"],
			[10, 'type', 'unsupported_repeat', 'children'],
			[13, 'type', 'unsupported_type', 'geopoint'],
			[14, 'constraint', 'unsupported_constraint', 'count-selected(.) <= 2'],
			[24, 'type', 'unsupported_type', 'note']
		]);
		expect(parsed.unsupported.every((problem) => problem.sheet === 'survey')).toBe(true);
	});

	it('takes a plain label in the default language, and reports columns in other languages', async () => {
		const parsed = await parseXlsForm(
			await workbook({
				survey: [
					['type', 'name', 'label', 'label::Esperanto (eo)', 'label::Arabic'],
					['text', 'city', 'Ville', 'Urbo', 'المدينة']
				],
				settings: [
					['form_title', 'default_language'],
					['Enquête', 'French']
				]
			})
		);
		expect(parsed.errors).toEqual([]);
		expect(parsed.languages).toEqual(['fr', 'ar']);
		expect(parsed.title).toEqual({ fr: 'Enquête' });
		expect(parsed.definition.sections[0].questions[0].label).toEqual({ fr: 'Ville', ar: 'المدينة' });
		expect(parsed.unsupported).toEqual([
			{
				sheet: 'survey',
				row: 1,
				column: 'label::Esperanto (eo)',
				code: 'unsupported_language',
				value: 'Esperanto (eo)'
			}
		]);
	});

	it('keeps the columns of every language of the catalogue, as ODK and KoboToolbox name them', async () => {
		const parsed = await parseXlsForm(
			await workbook({
				survey: [
					[
						'type',
						'name',
						'label::Dari (prs)',
						'label::ትግርኛ (ti)',
						'label::Slovenščina (sl)',
						'hint::Dari (prs)'
					],
					['select_one place', 'city', 'شهر', 'ከተማ', 'Mesto', 'نام شهر']
				],
				choices: [
					['list_name', 'name', 'label::Dari (prs)', 'label::ትግርኛ (ti)', 'label::Slovenščina (sl)'],
					['place', 'kabul', 'کابل', 'ካቡል', 'Kabul']
				],
				settings: [
					['form_title::Dari (prs)', 'form_title::Slovenščina (sl)', 'default_language'],
					['پرسشنامه', 'Vprašalnik', 'Dari (prs)']
				]
			})
		);
		expect(parsed.errors).toEqual([]);
		expect(parsed.unsupported).toEqual([]);
		expect(parsed.languages).toEqual(['fa-AF', 'ti', 'sl']);
		expect(parsed.title).toEqual({ 'fa-AF': 'پرسشنامه', sl: 'Vprašalnik' });
		const [question] = parsed.definition.sections[0].questions;
		expect(question.label).toEqual({ 'fa-AF': 'شهر', ti: 'ከተማ', sl: 'Mesto' });
		expect(question.help).toEqual({ 'fa-AF': 'نام شهر' });
		expect(question.choices).toEqual([
			{ value: 'kabul', label: { 'fa-AF': 'کابل', ti: 'ካቡል', sl: 'Kabul' } }
		]);
	});

	it('reads a range outside a rating scale as a number between its bounds', async () => {
		const parsed = await parseXlsForm(
			await workbook({
				survey: [
					['type', 'name', 'label', 'parameters'],
					['range', 'km', 'Distance', 'start=0 end=100 step=5']
				]
			})
		);
		const [km] = parsed.definition.sections[0].questions;
		expect(km).toMatchObject({ type: 'number', constraint: { min: 0, max: 100 } });
		expect(parsed.unsupported.map((p) => p.code)).toEqual(['range_as_number']);
	});
});

describe('parseXlsForm refuses', () => {
	const refusals = async (sheets: Record<string, Table>) =>
		(await parseXlsForm(await workbook(sheets))).errors.map(({ sheet, row, column, code, value }) => ({
			sheet,
			row,
			column,
			code,
			value
		}));

	it('a workbook without a survey sheet, and a file that is no workbook', async () => {
		expect(await refusals({ questions: [['type', 'name']] })).toEqual([
			{ sheet: 'survey', row: 0, column: undefined, code: 'no_survey_sheet', value: undefined }
		]);
		const notXlsx = await parseXlsForm(Buffer.from('type,name\ntext,a\n'));
		expect(notXlsx.errors.map((p) => p.code)).toEqual(['not_xlsx']);
	});

	it('a survey sheet without its type or name column', async () => {
		expect(
			await refusals({
				survey: [
					['type', 'label'],
					['text', 'Name']
				]
			})
		).toEqual([{ sheet: 'survey', row: 1, column: 'name', code: 'missing_column', value: undefined }]);
	});

	it('a select from an unknown list, a repeated name and a name the survey cannot use, at their rows', async () => {
		const parsed = await parseXlsForm(
			await workbook({
				survey: [
					['type', 'name', 'label'],
					['text', 'city', 'City'],
					['select_one colours', 'colour', 'Colour'],
					['', '', ''],
					['integer', 'city', 'Again'],
					['text', 'my-question', 'Dashed'],
					['decimal', 'ok', 'Fine']
				],
				choices: [
					['list_name', 'name', 'label'],
					['sizes', 'small', 'Small']
				]
			})
		);
		expect(parsed.errors.map(({ row, column, code, value }) => ({ row, column, code, value }))).toEqual([
			{ row: 3, column: 'type', code: 'unknown_list', value: 'colours' },
			{ row: 5, column: 'name', code: 'duplicate_name', value: 'city' },
			{ row: 6, column: 'name', code: 'invalid_name', value: 'my-question' }
		]);
		expect(parsed.definition.sections).toEqual([]);
	});

	it('choices with unusable or repeated names, and groups left open', async () => {
		expect(
			await refusals({
				survey: [
					['type', 'name', 'label'],
					['begin group', 'g', 'G'],
					['select_one l', 'q', 'Q']
				],
				choices: [
					['list_name', 'name', 'label'],
					['l', 'a b', 'A'],
					['l', 'c', 'C'],
					['l', 'c', 'C again']
				]
			})
		).toEqual([
			{ sheet: 'survey', row: 2, column: 'type', code: 'unbalanced_group', value: 'begin group' },
			{ sheet: 'choices', row: 2, column: 'name', code: 'invalid_choice_value', value: 'a b' },
			{ sheet: 'choices', row: 4, column: 'name', code: 'duplicate_choice', value: 'c' }
		]);
	});

	it('a form with no question it can import', async () => {
		expect(
			await refusals({
				survey: [
					['type', 'name', 'label'],
					['note', 'hello', 'Hello']
				]
			})
		).toEqual([{ sheet: 'survey', row: 0, column: undefined, code: 'no_questions', value: undefined }]);
	});

	it('what the survey model refuses, at the row of the question', async () => {
		expect(
			await refusals({
				survey: [
					['type', 'name', 'label'],
					['text', 'a', 'A'],
					['text', 'b', 'x'.repeat(2001)]
				]
			})
		).toEqual([{ sheet: 'survey', row: 3, column: 'label', code: 'invalid_definition', value: 'too_long' }]);
	});
});

describe('knowledge tests (MHub’s marks, correct, tolerance and module columns)', () => {
	const headers = ['type', 'name', 'label', 'marks', 'correct', 'tolerance', 'module'];
	const choices = [
		['list_name', 'name', 'label'],
		['capitals', 'paris', 'Paris'],
		['capitals', 'lyon', 'Lyon'],
		['yn', 'yes', 'Yes'],
		['yn', 'no', 'No']
	];

	it('reads marks and right answers of each type, and writes them back the same', async () => {
		const parsed = await parseXlsForm(
			await workbook({
				survey: [
					headers,
					['select_one capitals', 'capital', 'Capital?', '2', 'paris', '', 'M1'],
					['select_multiple capitals', 'both', 'Cities?', '1.5', 'paris lyon', '', ''],
					['select_one yn', 'safe', 'Safe?', '1', 'no', '', 'M2'],
					['decimal', 'dose', 'Dose?', '3', '2.5', '0.5', 'M2'],
					['text', 'name', 'Name?', '', '', '', '']
				],
				choices
			})
		);
		expect(parsed.errors).toEqual([]);
		const questions = parsed.definition.sections[0].questions;
		expect(
			questions.map(({ name, marks, correct, tolerance, module }) => ({
				name,
				marks,
				correct,
				tolerance,
				module
			}))
		).toEqual([
			{ name: 'capital', marks: 2, correct: 'paris', tolerance: undefined, module: 'M1' },
			{ name: 'both', marks: 1.5, correct: ['paris', 'lyon'], tolerance: undefined, module: undefined },
			{ name: 'safe', marks: 1, correct: 'no', tolerance: undefined, module: 'M2' },
			{ name: 'dose', marks: 3, correct: 2.5, tolerance: 0.5, module: 'M2' },
			{ name: 'name', marks: undefined, correct: undefined, tolerance: undefined, module: undefined }
		]);
		const again = await parseXlsForm(
			await writeXlsForm({ title: { en: 'Quiz' }, languages: ['en'], definition: parsed.definition })
		);
		expect(again.errors).toEqual([]);
		expect(again.definition).toEqual(parsed.definition);
	});

	it('refuses a right answer that is not a choice, and marks that are not a number, naming the cell', async () => {
		const parsed = await parseXlsForm(
			await workbook({
				survey: [
					headers,
					['select_one capitals', 'capital', 'Capital?', '2', 'rome', '', ''],
					['decimal', 'dose', 'Dose?', 'many', '2', '', '']
				],
				choices
			})
		);
		expect(parsed.errors).toEqual([
			{
				sheet: 'survey',
				row: 2,
				column: 'correct',
				code: 'invalid_definition',
				value: 'correct_not_a_choice'
			},
			{ sheet: 'survey', row: 3, column: 'marks', code: 'invalid_definition', value: 'invalid_number' }
		]);
	});
});
