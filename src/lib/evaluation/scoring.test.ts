import { describe, expect, it } from 'vitest';
import { QuestionSchema, SurveyDefinitionSchema } from '../surveys/definition.js';
import { isTest, scoreAnswers } from './scoring.js';

const choices = (...values: string[]) => values.map((value) => ({ value, label: { en: value } }));
const test = SurveyDefinitionSchema.parse({
	sections: [
		{
			name: 'quiz',
			questions: [
				{ name: 'intro', type: 'short_text', label: { en: 'Your name' } },
				{
					name: 'capital',
					type: 'single_choice',
					label: { en: 'Capital of France?' },
					choices: choices('paris', 'lyon'),
					marks: 2,
					correct: 'paris',
					module: 'm1'
				},
				{
					name: 'primes',
					type: 'multiple_choice',
					label: { en: 'Primes?' },
					choices: choices('two', 'three', 'four'),
					marks: 3,
					correct: ['two', 'three'],
					module: 'm2'
				},
				{ name: 'safe', type: 'yes_no', label: { en: 'Safe?' }, marks: 1, correct: 'no', module: 'm1' },
				{ name: 'dose', type: 'number', label: { en: 'Dose (ml)?' }, marks: 4, correct: 2.5, tolerance: 0.5 }
			]
		}
	]
});

describe('scoreAnswers', () => {
	it('gives each right answer its marks, by module and in total', () => {
		const score = scoreAnswers(test, {
			intro: 'Ana',
			capital: 'paris',
			primes: ['three', 'two'],
			safe: 'no',
			dose: 3
		});
		expect(score).toMatchObject({ score: 10, maxScore: 10, percent: 100 });
		expect(score.items.map((item) => item.name)).toEqual(['capital', 'primes', 'safe', 'dose']);
		expect(score.byModule).toEqual([
			{ module: 'm1', score: 3, maxScore: 3, percent: 100 },
			{ module: 'm2', score: 3, maxScore: 3, percent: 100 }
		]);
	});

	it('gives nothing for wrong or unanswered questions, and ignores questions without marks', () => {
		const score = scoreAnswers(test, { capital: 'lyon', safe: 'yes' });
		expect(score).toMatchObject({ score: 0, maxScore: 10, percent: 0 });
		expect(score.items.every((item) => item.earned === 0)).toBe(true);
	});

	it('marks a multiple choice all or nothing', () => {
		const earned = (primes: string[]) => scoreAnswers(test, { primes }).items[1].earned;
		expect(earned(['two', 'three'])).toBe(3);
		expect(earned(['two'])).toBe(0);
		expect(earned(['two', 'three', 'four'])).toBe(0);
		expect(earned([])).toBe(0);
	});

	it('accepts a number within its tolerance, edges included', () => {
		const earned = (dose: number | string) => scoreAnswers(test, { dose }).items[3].earned;
		expect([earned(2), earned(3), earned(2.5), earned('2.5')]).toEqual([4, 4, 4, 4]);
		expect([earned(1.99), earned(3.01), earned('many')]).toEqual([0, 0, 0]);
	});

	it('takes exactly the correct number without a tolerance', () => {
		const exact = SurveyDefinitionSchema.parse({
			sections: [
				{ name: 's', questions: [{ name: 'n', type: 'number', label: { en: 'N' }, marks: 1, correct: 0.3 }] }
			]
		});
		expect(scoreAnswers(exact, { n: 0.1 + 0.2 }).score).toBe(1);
		expect(scoreAnswers(exact, { n: 0.31 }).score).toBe(0);
	});

	it('knows a survey without marks is not a test', () => {
		expect(isTest(test)).toBe(true);
		const plain = SurveyDefinitionSchema.parse({
			sections: [{ name: 's', questions: [{ name: 'n', type: 'number', label: { en: 'N' } }] }]
		});
		expect(isTest(plain)).toBe(false);
		expect(scoreAnswers(plain, { n: 1 })).toMatchObject({
			score: 0,
			maxScore: 0,
			percent: null,
			byModule: []
		});
	});
});

describe('a question’s marks and correct answer', () => {
	const problems = (question: Record<string, unknown>) => {
		const parsed = QuestionSchema.safeParse({ name: 'q', label: { en: 'Q' }, ...question });
		return parsed.success
			? {}
			: Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
	};
	const single = { type: 'single_choice', choices: choices('a', 'b') };

	it('refuses a right answer that is not among the choices', () => {
		expect(problems({ ...single, marks: 1, correct: 'c' })).toEqual({ correct: 'correct_not_a_choice' });
		expect(problems({ ...single, type: 'multiple_choice', marks: 1, correct: ['a', 'z'] })).toEqual({
			correct: 'correct_not_a_choice'
		});
		expect(problems({ type: 'yes_no', marks: 1, correct: 'maybe' })).toEqual({
			correct: 'correct_not_a_choice'
		});
		expect(problems({ ...single, marks: 1, correct: ['a', 'b'] })).toEqual({ correct: 'one_correct_answer' });
	});

	it('wants marks and a right answer together, on types that can be marked', () => {
		expect(problems({ ...single, marks: 1 })).toEqual({ correct: 'correct_required' });
		expect(problems({ ...single, correct: 'a' })).toEqual({ marks: 'marks_required' });
		expect(problems({ type: 'short_text', marks: 1, correct: 'x' })).toEqual({ marks: 'not_scorable' });
		expect(problems({ ...single, marks: 0, correct: 'a' })).toEqual({ marks: 'invalid_number' });
		expect(problems({ type: 'number', marks: 1, correct: 'ten' })).toEqual({ correct: 'invalid_number' });
		expect(problems({ type: 'number', marks: 1, correct: 10, tolerance: -1 })).toEqual({
			tolerance: 'invalid_number'
		});
		expect(problems({ ...single, marks: 1, correct: 'a', tolerance: 1 })).toEqual({
			tolerance: 'tolerance_numbers_only'
		});
	});

	it('takes a well-formed marked question', () => {
		expect(problems({ ...single, marks: 1.5, correct: 'b', module: 'Module 2' })).toEqual({});
		expect(problems({ type: 'number', marks: 1, correct: 10, tolerance: 0 })).toEqual({});
	});
});
