import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersFromForm, isShown, parseNumber, shownQuestions, validateAnswers } from './answers.js';
import { SurveyDefinitionSchema, type Answers, type SurveyDefinition } from './definition.js';

const label = (en: string) => ({ en });
const choices = (...values: string[]) => values.map((value) => ({ value, label: label(value) }));

/** A definition through its schema, so defaults (required false, no conditions…) are filled in. */
const survey = (questions: Record<string, unknown>[]): SurveyDefinition =>
	SurveyDefinitionSchema.parse({
		sections: [{ name: 'main', questions: questions.map((q) => ({ label: label(String(q.name)), ...q })) }]
	});

const everyType = survey([
	{ name: 'nickname', type: 'short_text', constraint: { minLength: 2, maxLength: 5 } },
	{ name: 'story', type: 'long_text' },
	{ name: 'age', type: 'number', required: true, constraint: { min: 18, max: 99 } },
	{ name: 'born', type: 'date' },
	{ name: 'mail', type: 'email' },
	{ name: 'role', type: 'single_choice', choices: choices('nurse', 'midwife'), allowOther: true },
	{ name: 'topics', type: 'multiple_choice', choices: choices('a', 'b', 'c'), allowOther: true },
	{ name: 'stars', type: 'rating' },
	{ name: 'grid', type: 'matrix', choices: choices('agree', 'disagree'), rows: choices('r1', 'r2') },
	{ name: 'country', type: 'country' },
	{ name: 'consent', type: 'yes_no', required: true }
]);

describe('answersFromForm', () => {
	it('reads each type from the plain form fields, dropping blanks and fields of no question', () => {
		const form = new URLSearchParams([
			['q.nickname', '  Ana '],
			['q.story', '   '],
			['q.age', '2,5'],
			['q.born', '1990-02-28'],
			['q.role', 'nurse'],
			['q.topics', 'a'],
			['q.topics', 'c'],
			['q.topics', 'a'],
			['q.stars', '4'],
			['q.grid.r1', 'agree'],
			['q.grid.r2', ''],
			['q.country', 'ma'],
			['q.consent', 'yes'],
			['q.unknown', 'x'],
			['csrf', 'y']
		]);
		expect(answersFromForm(everyType, form)).toEqual({
			nickname: 'Ana',
			age: 2.5,
			born: '1990-02-28',
			role: 'nurse',
			topics: ['a', 'c'],
			stars: 4,
			grid: { r1: 'agree' },
			country: 'MA',
			consent: 'yes'
		});
	});

	it('keeps a number that does not parse as typed, for validation to refuse beside the field', () => {
		const form = new FormData();
		form.set('q.age', '12 years');
		form.set('q.stars', '0x10');
		expect(answersFromForm(everyType, form)).toEqual({ age: '12 years', stars: '0x10' });
	});

	it('stores an "other" text under <name>_other; typed alone it counts as choosing other', () => {
		const single = new URLSearchParams([['q.role.other', ' Pharmacist ']]);
		expect(answersFromForm(everyType, single)).toEqual({ role: 'other', role_other: 'Pharmacist' });
		const multiple = new URLSearchParams([
			['q.topics', 'b'],
			['q.topics.other', 'Vaccines']
		]);
		expect(answersFromForm(everyType, multiple)).toEqual({
			topics: ['b', 'other'],
			topics_other: 'Vaccines'
		});
	});
});

describe('parseNumber', () => {
	it('reads plain numbers, with a dot or a comma, and nothing else', () => {
		expect(parseNumber('42')).toBe(42);
		expect(parseNumber('-2.5')).toBe(-2.5);
		expect(parseNumber('3,75')).toBe(3.75);
		expect(parseNumber('1e3')).toBe(1000);
		for (const text of ['', ' ', 'Infinity', '0x10', '1,000.5', '1.2.3', 'abc', '1e999'])
			expect(parseNumber(text)).toBeUndefined();
	});
});

describe('isShown and shownQuestions', () => {
	const chain = survey([
		{ name: 'works', type: 'yes_no' },
		{
			name: 'role',
			type: 'single_choice',
			choices: choices('nurse', 'doctor'),
			showIf: [{ question: 'works', operator: 'equals', value: 'yes' }]
		},
		{
			name: 'ward',
			type: 'short_text',
			showIf: [{ question: 'role', operator: 'not_equals', value: 'doctor' }]
		},
		{ name: 'topics', type: 'multiple_choice', choices: choices('a', 'b') },
		{ name: 'why_b', type: 'long_text', showIf: [{ question: 'topics', operator: 'includes', value: 'b' }] },
		{ name: 'age', type: 'number' },
		{
			name: 'senior',
			type: 'short_text',
			showIf: [
				{ question: 'age', operator: 'greater_than', value: '60' },
				{ question: 'works', operator: 'answered' }
			]
		},
		{ name: 'junior', type: 'short_text', showIf: [{ question: 'age', operator: 'less_than', value: '25' }] }
	]);
	const names = (answers: Answers) => shownQuestions(chain, answers).map((q) => q.name);

	it('shows a question when every condition holds', () => {
		expect(names({ works: 'yes', role: 'nurse', topics: ['a', 'b'], age: 70 })).toEqual([
			'works',
			'role',
			'ward',
			'topics',
			'why_b',
			'age',
			'senior'
		]);
		expect(names({ works: 'yes', role: 'doctor', topics: ['a'], age: 20 })).toEqual([
			'works',
			'role',
			'topics',
			'age',
			'junior'
		]);
	});

	it('hides a question whose condition is on a hidden question, even "not equals"', () => {
		// works = no hides role; ward's "role ≠ doctor" would hold on a blank role, but role was not asked.
		expect(names({ works: 'no', role: 'nurse' })).toEqual(['works', 'topics', 'age']);
	});

	it('treats unanswered as failing every comparison except "not equals"', () => {
		const [, , ward, , whyB, , senior, junior] = chain.sections[0].questions;
		expect(isShown(ward, {})).toBe(true);
		expect(isShown(whyB, {})).toBe(false);
		expect(isShown(senior, { works: 'no' })).toBe(false);
		expect(isShown(junior, { age: 'twenty' })).toBe(false);
		expect(isShown(senior, { works: 'no', age: 60 })).toBe(false);
		expect(isShown(senior, { works: 'no', age: 60.5 })).toBe(true);
	});

	it('compares dates in calendar order', () => {
		const dated = survey([
			{ name: 'start', type: 'date' },
			{
				name: 'late',
				type: 'yes_no',
				showIf: [{ question: 'start', operator: 'greater_than', value: '2024-06-30' }]
			}
		]);
		const late = dated.sections[0].questions[1];
		expect(isShown(late, { start: '2024-07-01' })).toBe(true);
		expect(isShown(late, { start: '2024-06-30' })).toBe(false);
	});
});

describe('validateAnswers', () => {
	const valid: Answers = {
		nickname: 'Ana',
		story: 'Long story',
		age: 30,
		born: '2000-02-29',
		mail: 'ana@example.org',
		role: 'other',
		role_other: 'Pharmacist',
		topics: ['c', 'a'],
		stars: 5,
		grid: { r2: 'disagree', r1: 'agree' },
		country: 'ma',
		consent: 'no'
	};

	it('keeps valid answers of every type, normalised', () => {
		expect(validateAnswers(everyType, valid, { complete: true })).toEqual({
			answers: { ...valid, topics: ['a', 'c'], grid: { r1: 'agree', r2: 'disagree' }, country: 'MA' },
			errors: {}
		});
	});

	it('refuses each type with its key and drops the refused answer', () => {
		const { answers, errors } = validateAnswers(
			everyType,
			{
				nickname: ['x'],
				age: '30 years',
				born: '2023-02-29',
				mail: 'ana@',
				role: 'surgeon',
				topics: ['a', 'z'],
				stars: 6,
				grid: { r3: 'agree' },
				country: 'Morocco',
				consent: 'maybe'
			} as unknown as Answers,
			{ complete: false }
		);
		expect(errors).toEqual({
			nickname: ['invalid_text'],
			age: ['invalid_number'],
			born: ['invalid_date'],
			mail: ['invalid_email'],
			role: ['invalid_choice'],
			topics: ['invalid_choice'],
			stars: ['out_of_range'],
			grid: ['invalid_choice'],
			country: ['invalid_country'],
			consent: ['invalid_choice']
		});
		expect(answers).toEqual({});
	});

	it('takes a rating as a whole number on its own scale, 1 to 5 without one', () => {
		const scaled = survey([{ name: 'score', type: 'rating', scale: { min: 0, max: 10 } }]);
		expect(validateAnswers(scaled, { score: 0 }, { complete: true }).errors).toEqual({});
		expect(validateAnswers(scaled, { score: 10 }, { complete: true }).errors).toEqual({});
		expect(validateAnswers(scaled, { score: 11 }, { complete: true }).errors).toEqual({
			score: ['out_of_range']
		});
		expect(validateAnswers(scaled, { score: 2.5 }, { complete: true }).errors).toEqual({
			score: ['invalid_number']
		});
		expect(validateAnswers(everyType, { stars: 0 }, { complete: false }).errors).toEqual({
			stars: ['out_of_range']
		});
		expect(validateAnswers(everyType, { stars: 1 }, { complete: false }).errors).toEqual({});
	});

	it('asks for required questions only when completing', () => {
		expect(validateAnswers(everyType, {}, { complete: true }).errors).toEqual({
			age: ['required'],
			consent: ['required']
		});
		expect(validateAnswers(everyType, { age: '  ' }, { complete: false })).toEqual({
			answers: {},
			errors: {}
		});
	});

	it('asks for the "other" text when completing, and drops it when other is not chosen', () => {
		expect(validateAnswers(everyType, { role: 'other' }, { complete: true }).errors.role).toEqual([
			'other_required'
		]);
		expect(
			validateAnswers(everyType, { topics: ['other'], topics_other: ' ' }, { complete: true }).errors.topics
		).toEqual(['other_required']);
		// Saving to resume later keeps the choice and waits for the text.
		expect(validateAnswers(everyType, { role: 'other' }, { complete: false })).toEqual({
			answers: { role: 'other' },
			errors: {}
		});
		expect(
			validateAnswers(everyType, { role: 'nurse', role_other: 'ignored' }, { complete: false }).answers
		).toEqual({
			role: 'nurse'
		});
		const noOther = survey([{ name: 'pick', type: 'single_choice', choices: choices('a') }]);
		expect(validateAnswers(noOther, { pick: 'other', pick_other: 'x' }, { complete: false }).errors).toEqual({
			pick: ['invalid_choice']
		});
	});

	it('wants every row of a required matrix on completion', () => {
		const grid = survey([
			{
				name: 'grid',
				type: 'matrix',
				required: true,
				choices: choices('yes', 'no'),
				rows: choices('r1', 'r2')
			}
		]);
		expect(validateAnswers(grid, { grid: { r1: 'yes' } }, { complete: true }).errors).toEqual({
			grid: ['required']
		});
		expect(validateAnswers(grid, { grid: { r1: 'yes' } }, { complete: false })).toEqual({
			answers: { grid: { r1: 'yes' } },
			errors: {}
		});
		expect(validateAnswers(grid, { grid: { r1: 'maybe' } }, { complete: false }).errors).toEqual({
			grid: ['invalid_choice']
		});
	});

	it('applies constraints: number range, text length and pattern', () => {
		expect(validateAnswers(everyType, { age: 17 }, { complete: false }).errors).toEqual({
			age: ['out_of_range']
		});
		expect(validateAnswers(everyType, { age: 99 }, { complete: false }).errors).toEqual({});
		expect(validateAnswers(everyType, { age: 99.5 }, { complete: false }).errors).toEqual({
			age: ['out_of_range']
		});
		expect(validateAnswers(everyType, { nickname: 'A' }, { complete: false }).errors).toEqual({
			nickname: ['too_short']
		});
		expect(validateAnswers(everyType, { nickname: 'Anabela' }, { complete: false }).errors).toEqual({
			nickname: ['too_long']
		});
		const coded = survey([
			{ name: 'code', type: 'short_text', constraint: { pattern: '[A-Z]{3}\\d', minLength: 5 } }
		]);
		expect(validateAnswers(coded, { code: 'ABC1' }, { complete: true }).errors).toEqual({
			code: ['too_short']
		});
		// The whole answer must match, not a part of it.
		expect(validateAnswers(coded, { code: 'xABC1' }, { complete: true }).errors).toEqual({
			code: ['pattern_mismatch']
		});
		expect(validateAnswers(coded, { code: 'ABC12' }, { complete: true }).errors).toEqual({
			code: ['pattern_mismatch']
		});
	});

	it('checks a pattern in time linear in the answer, on answers of at most 1,000 characters', () => {
		// With JavaScript's engine, this answer kept the server busy for 6 s.
		const named = survey([{ name: 'who', type: 'short_text', constraint: { pattern: '^([A-Za-z]+ ?)+$' } }]);
		expect(validateAnswers(named, { who: 'a'.repeat(28) + '!' }, { complete: true }).errors).toEqual({
			who: ['pattern_mismatch']
		});
		expect(validateAnswers(named, { who: 'Nadia Benali' }, { complete: true }).errors).toEqual({});
		expect(validateAnswers(named, { who: 'a'.repeat(1_000) }, { complete: true }).errors).toEqual({});
		expect(validateAnswers(named, { who: 'a'.repeat(1_001) }, { complete: true }).errors).toEqual({
			who: ['too_long']
		});
	});

	it("gives the survey's own message key when its constraint has one", () => {
		const own = survey([
			{ name: 'hours', type: 'number', constraint: { max: 24, message: { en: 'A day has 24 hours' } } }
		]);
		expect(validateAnswers(own, { hours: 25 }, { complete: true }).errors).toEqual({
			hours: ['constraint_message']
		});
		// A wrong type is still said as such.
		expect(validateAnswers(own, { hours: 'many' }, { complete: true }).errors).toEqual({
			hours: ['invalid_number']
		});
	});

	it('drops answers to hidden questions and to no question, and does not require hidden ones', () => {
		const chained = survey([
			{ name: 'works', type: 'yes_no', required: true },
			{
				name: 'where',
				type: 'short_text',
				required: true,
				showIf: [{ question: 'works', operator: 'equals', value: 'yes' }]
			},
			{ name: 'since', type: 'date', showIf: [{ question: 'where', operator: 'answered' }] }
		]);
		expect(
			validateAnswers(
				chained,
				{ works: 'no', where: 'Rabat', since: '2020-01-01', stray: 'x' },
				{ complete: true }
			)
		).toEqual({ answers: { works: 'no' }, errors: {} });
		expect(validateAnswers(chained, { works: 'yes' }, { complete: true }).errors).toEqual({
			where: ['required']
		});
	});

	it('reads conditions on the answers it keeps: a refused answer shows nothing that depends on it', () => {
		const chained = survey([
			{ name: 'age', type: 'number' },
			{
				name: 'pension',
				type: 'yes_no',
				showIf: [{ question: 'age', operator: 'greater_than', value: '60' }]
			}
		]);
		expect(validateAnswers(chained, { age: '70 years', pension: 'yes' }, { complete: false })).toEqual({
			answers: {},
			errors: { age: ['invalid_number'] }
		});
	});
});

describe('validateAnswers is idempotent', () => {
	const scalar = fc.oneof(
		fc.string({ maxLength: 8 }),
		fc.constantFrom(
			'yes',
			'no',
			'nurse',
			'midwife',
			'other',
			'a',
			'b',
			'c',
			'agree',
			'MA',
			'fr',
			'2024-02-29',
			'x@y.org',
			' 42 ',
			'3,5'
		),
		fc.integer({ min: -5, max: 120 }),
		fc.double({ noNaN: false })
	);
	const value = fc.oneof(
		scalar,
		fc.array(fc.constantFrom('a', 'b', 'c', 'other', 'z', ''), { maxLength: 4 }),
		fc.dictionary(fc.constantFrom('r1', 'r2', 'r3'), fc.constantFrom('agree', 'disagree', 'maybe', ''))
	);
	const names = fc.constantFrom(
		...everyType.sections[0].questions.map((q) => q.name),
		'role_other',
		'topics_other',
		'stray'
	);
	const answers = fc.dictionary(names, value) as fc.Arbitrary<Answers>;
	const conditional = survey([
		...everyType.sections[0].questions,
		{ name: 'follow', type: 'number', showIf: [{ question: 'age', operator: 'greater_than', value: '40' }] },
		{
			name: 'deeper',
			type: 'short_text',
			showIf: [{ question: 'follow', operator: 'not_equals', value: '3' }]
		}
	]);

	it('validating the answers kept again finds no problem and keeps them all', () => {
		fc.assert(
			fc.property(answers, fc.boolean(), (given, complete) => {
				for (const definition of [everyType, conditional]) {
					const first = validateAnswers(definition, given, { complete });
					const second = validateAnswers(definition, first.answers, { complete });
					expect(second.answers).toEqual(first.answers);
					// On completion only missing answers are asked for again; nothing kept is refused.
					const refusals = Object.values(second.errors).flat();
					expect(refusals.filter((key) => key !== 'required' && key !== 'other_required')).toEqual([]);
					if (!complete) expect(second.errors).toEqual({});
				}
			}),
			{ numRuns: 500 }
		);
	});
});
