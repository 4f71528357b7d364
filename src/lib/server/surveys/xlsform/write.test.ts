import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContentLocale, Localized } from '../../../i18n/localized.js';
import { SurveyDefinitionSchema, type SurveyDefinition } from '../../../surveys/definition.js';
import { parseXlsForm } from './parse.js';
import { writeXlsForm } from './write.js';
import { questionTypes } from '../../../surveys/question-types.js';

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

describe('languages beyond the interface’s', () => {
	const migrants = {
		title: { 'fa-AF': 'پرسشنامه', ti: 'ሕቶታት', sl: 'Vprašalnik' },
		languages: ['fa-AF', 'ti', 'sl'] as ContentLocale[],
		definition: SurveyDefinitionSchema.parse({
			sections: [
				{
					name: 'only',
					questions: [
						{
							name: 'works',
							type: 'yes_no',
							label: { 'fa-AF': 'کار می‌کنید؟', ti: 'ትሰርሑ ዶ?', sl: 'Ali delate?' }
						},
						{ name: 'home', type: 'country', label: { 'fa-AF': 'کشور', ti: 'ሃገር', sl: 'Država' } }
					]
				}
			]
		})
	};

	it('writes a column per language, named in itself with its tag, and reads them back', async () => {
		const file = await writeXlsForm(migrants);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(file as unknown as ArrayBuffer);
		expect((book.getWorksheet('survey')!.getRow(1).values as string[]).slice(3, 6)).toEqual([
			'label::دری (fa-AF)',
			'label::ትግርኛ (ti)',
			'label::Slovenščina (sl)'
		]);
		const choices = book.getWorksheet('choices')!.getRows(2, book.getWorksheet('choices')!.rowCount - 1)!;
		const cells = (list: string, value: string) => {
			const row = choices.find((r) => r.getCell(1).text === list && r.getCell(2).text === value)!;
			return [3, 4, 5].map((column) => row.getCell(column).text);
		};
		// Yes and no in the nearest interface language (English); countries by CLDR's names.
		expect(cells('yes_no', 'yes')).toEqual(['Yes', 'Yes', 'Yes']);
		expect(cells('countries', 'MA')).toEqual(['مراکش', 'ሞሮኮ', 'Maroko']);
		expect(book.getWorksheet('settings')!.getRow(2).getCell(5).text).toBe('دری (fa-AF)');

		const parsed = await parseXlsForm(file);
		expect(parsed.unsupported).toEqual([]);
		expect(parsed.languages).toEqual(migrants.languages);
		expect(parsed.title).toEqual(migrants.title);
		expect(parsed.definition).toEqual(migrants.definition);
	});
});

describe('round trip', () => {
	const locales: ContentLocale[] = ['en', 'fr', 'ar', 'fa-AF', 'ti', 'sl'];
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
				type: fc.constantFrom(...questionTypes),
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
