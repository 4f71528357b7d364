import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContentLocale, Localized } from '../../i18n/localized.js';
import { SurveyDefinitionSchema, type SurveyDefinition } from '../../surveys/definition.js';
import { localeOfLanguage, parseXlsForm, writeXlsForm } from './xlsform.js';

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
					['type', 'name', 'label', 'label::Español (es)', 'label::Arabic'],
					['text', 'city', 'Ville', 'Ciudad', 'المدينة']
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
				column: 'label::Español (es)',
				code: 'unsupported_language',
				value: 'Español (es)'
			}
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

describe('localeOfLanguage', () => {
	it('maps the ways forms name English, French and Arabic', () => {
		expect(
			['English (en)', 'Français (fr)', 'Arabic (ar)', 'fr', 'french', 'العربية', 'English (en-GB)'].map(
				localeOfLanguage
			)
		).toEqual(['en', 'fr', 'ar', 'fr', 'fr', 'ar', 'en']);
		expect(localeOfLanguage('Español (es)')).toBeUndefined();
	});
});

// ——— Round trip ———

const everything = {
	title: { en: 'Everything', fr: 'Tout', ar: 'كل شيء' },
	languages: ['fr', 'en', 'ar'] as ContentLocale[],
	definition: SurveyDefinitionSchema.parse({
		sections: [
			{
				name: 'first',
				title: { en: 'First', fr: 'Premier' },
				questions: [
					{
						name: 'short',
						type: 'short_text',
						label: { en: 'Short' },
						required: true,
						constraint: { minLength: 2, maxLength: 10, pattern: "[A-Za-z' ]+" }
					},
					{
						name: 'long',
						type: 'long_text',
						label: { fr: 'Long' },
						help: { en: 'Say more', ar: 'قل المزيد' }
					},
					{
						name: 'count',
						type: 'number',
						label: { en: 'Count' },
						constraint: { min: -1.5, max: 10, message: { en: 'Between', fr: 'Entre' } }
					},
					{ name: 'day', type: 'date', label: { en: 'Day' } },
					{
						name: 'mail',
						type: 'email',
						label: { en: 'Mail' },
						showIf: [{ question: 'count', operator: 'greater_than', value: '2' }]
					},
					{
						name: 'pick',
						type: 'single_choice',
						label: { en: 'Pick' },
						allowOther: true,
						choices: [
							{ value: 'a', label: { en: 'A', fr: 'A fr' } },
							{ value: 'b.2', label: { ar: 'ب' } }
						]
					}
				]
			},
			{ name: 'empty', questions: [] },
			{
				name: 'second',
				questions: [
					{
						name: 'many',
						type: 'multiple_choice',
						label: { en: 'Many' },
						choices: [{ value: 'x', label: { en: 'X' } }],
						showIf: [
							{ question: 'pick', operator: 'equals', value: "l'a" },
							{ question: 'short', operator: 'answered' }
						]
					},
					{
						name: 'stars',
						type: 'rating',
						label: { en: 'Stars' },
						scale: { min: 0, max: 10, minLabel: { en: 'Bad' }, maxLabel: { fr: 'Bien' } }
					},
					{
						name: 'grid',
						type: 'matrix',
						label: { en: 'Grid' },
						required: true,
						help: { en: 'Each row' },
						choices: [
							{ value: '1', label: { en: 'One' } },
							{ value: '2', label: { en: 'Two' } }
						],
						rows: [
							{ value: 'r_1', label: { en: 'Row 1' } },
							{ value: 'R2', label: { fr: 'Ligne 2' } }
						],
						showIf: [{ question: 'many', operator: 'includes', value: 'x' }]
					},
					{ name: 'where', type: 'country', label: { en: 'Where' } },
					{
						name: 'ok',
						type: 'yes_no',
						label: { en: 'OK?' },
						showIf: [
							{ question: 'where', operator: 'not_equals', value: 'MA' },
							{ question: 'count', operator: 'less_than', value: '5' }
						]
					}
				]
			}
		]
	}) as SurveyDefinition
};

describe('writeXlsForm', () => {
	it('writes a survey that reads back the same, every type and option', async () => {
		const parsed = await parseXlsForm(await writeXlsForm(everything));
		expect(parsed.errors).toEqual([]);
		expect(parsed.unsupported).toEqual([]);
		expect(parsed.title).toEqual(everything.title);
		expect(parsed.languages).toEqual(everything.languages);
		expect(parsed.definition).toEqual(everything.definition);
	});

	it('writes the XLSForm columns other tools read, and the countries list with English names', async () => {
		const book = new ExcelJS.Workbook();
		await book.xlsx.load((await writeXlsForm(everything)) as unknown as ArrayBuffer);
		const survey = book.getWorksheet('survey')!;
		expect((survey.getRow(1).values as string[]).slice(1, 6)).toEqual([
			'type',
			'name',
			'label::Français (fr)',
			'label::English (en)',
			'label::العربية (ar)'
		]);
		const types = survey.getColumn(1).values.slice(2);
		expect(types).toContain('select_one pick or_other');
		expect(types).toContain('range');
		const choices = book.getWorksheet('choices')!;
		const morocco = choices
			.getRows(2, choices.rowCount - 1)!
			.find((r) => r.getCell(1).text === 'countries' && r.getCell(2).text === 'MA');
		expect(morocco?.getCell(4).text).toBe('Morocco');
		expect(book.getWorksheet('settings')!.getRow(2).getCell(1).text).toBe('Tout');
	});
});

describe('round trip', () => {
	const locales: ContentLocale[] = ['en', 'fr', 'ar'];
	const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,'éàê?]{0,12}[A-Za-z0-9?]$/);
	const localized = (languages: ContentLocale[]) =>
		fc
			.subarray(languages, { minLength: 1 })
			.chain((present) => fc.tuple(...present.map((locale) => word.map((text) => [locale, text] as const))))
			.map((entries) => Object.fromEntries(entries) as Localized);
	const name = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
	const values = fc.uniqueArray(
		fc.stringMatching(/^[a-z0-9]{1,6}$/).filter((v) => v !== 'other' && v !== 'yes' && v !== 'no'),
		{
			minLength: 1,
			maxLength: 4
		}
	);

	const question = (languages: ContentLocale[], questionName: string) =>
		fc
			.record({
				name: fc.constant(questionName),
				type: fc.constantFrom(
					'short_text',
					'long_text',
					'number',
					'date',
					'email',
					'single_choice',
					'multiple_choice',
					'rating',
					'matrix',
					'country',
					'yes_no'
				),
				label: localized(languages),
				help: fc.option(localized(languages), { nil: undefined }),
				required: fc.boolean(),
				choiceValues: values,
				rowValues: fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,5}$/), { minLength: 1, maxLength: 3 }),
				labels: fc.array(localized(languages), { minLength: 4, maxLength: 4 }),
				allowOther: fc.boolean(),
				scale: fc.record({ min: fc.integer({ min: 0, max: 4 }), max: fc.integer({ min: 5, max: 10 }) }),
				bounds: fc.option(
					fc.record({
						min: fc.integer({ min: -100, max: 0 }),
						max: fc.integer({ min: 1, max: 100 }).map((n) => n / 4)
					}),
					{ nil: undefined }
				),
				lengths: fc.option(
					fc.record({
						minLength: fc.integer({ min: 0, max: 5 }),
						pattern: fc.constantFrom('[a-z]+', "[^']*", '\\d{2}|x')
					}),
					{ nil: undefined }
				),
				message: fc.option(localized(languages), { nil: undefined })
			})
			.map((q) => {
				const isChoice = q.type === 'single_choice' || q.type === 'multiple_choice' || q.type === 'matrix';
				const constraint =
					(q.type === 'number' || q.type === 'rating') && q.bounds
						? { ...q.bounds, ...(q.message && { message: q.message }) }
						: (q.type === 'short_text' || q.type === 'long_text') && q.lengths
							? { ...q.lengths, ...(q.message && { message: q.message }) }
							: undefined;
				return {
					name: q.name,
					type: q.type,
					label: q.label,
					...(q.help && { help: q.help }),
					required: q.required,
					choices: isChoice ? q.choiceValues.map((value, i) => ({ value, label: q.labels[i] })) : [],
					allowOther: (q.type === 'single_choice' || q.type === 'multiple_choice') && q.allowOther,
					rows: q.type === 'matrix' ? q.rowValues.map((value, i) => ({ value, label: q.labels[i] })) : [],
					...(q.type === 'rating' && { scale: q.scale }),
					...(constraint && { constraint })
				};
			});

	const surveyArbitrary = fc
		.subarray(locales, { minLength: 1 })
		.chain((languages) =>
			fc.tuple(fc.constant(languages), fc.shuffledSubarray(languages, { minLength: languages.length }))
		)
		.chain(([languages, ordered]) =>
			fc
				.record({
					title: localized(languages),
					languages: fc.constant(ordered),
					names: fc.uniqueArray(name, { minLength: 1, maxLength: 8 }),
					sectionNames: fc.uniqueArray(name, { minLength: 1, maxLength: 3 }),
					operators: fc.array(
						fc.constantFrom('equals', 'not_equals', 'answered', 'greater_than', 'less_than', 'includes'),
						{ minLength: 8, maxLength: 8 }
					)
				})
				.chain(({ title, languages: order, names, sectionNames, operators }) =>
					fc.tuple(...names.map((n) => question(languages, n))).map((questions) => {
						// Each question after the first may depend on the one before it.
						const withConditions = questions.map((q, i) =>
							i > 0 && i % 2 === 0
								? {
										...q,
										showIf: [
											operators[i] === 'answered'
												? { question: questions[i - 1].name, operator: 'answered' }
												: {
														question: questions[i - 1].name,
														operator: operators[i],
														value: operators[i].endsWith('than') ? String(i) : `v${i}`
													}
										]
									}
								: q
						);
						// Conditions look back: the questions keep their order across sections.
						const ordered = sectionNames.map((sectionName, s) => ({
							name: sectionName,
							questions: withConditions.slice(
								Math.floor((s * withConditions.length) / sectionNames.length),
								Math.floor(((s + 1) * withConditions.length) / sectionNames.length)
							)
						}));
						return {
							title,
							languages: order,
							definition: SurveyDefinitionSchema.parse({ sections: ordered })
						};
					})
				)
		);

	it('import(export(survey)) gives the survey back', async () => {
		await fc.assert(
			fc.asyncProperty(surveyArbitrary, async (survey) => {
				const parsed = await parseXlsForm(await writeXlsForm(survey));
				expect(parsed.errors).toEqual([]);
				expect(parsed.unsupported).toEqual([]);
				expect(parsed.title).toEqual(survey.title);
				expect(parsed.languages).toEqual(survey.languages);
				expect(parsed.definition).toEqual(survey.definition);
			}),
			{ numRuns: 40 }
		);
	}, 60_000);
});
