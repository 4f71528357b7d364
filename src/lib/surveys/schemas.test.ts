import { describe, expect, it } from 'vitest';
import { QuestionSchema } from './definition.js';
import { parseInvitationLines, questionInput, SurveyScheduleSchema } from './schemas.js';

describe('the question form', () => {
	it('turns flat fields into a question, blank rows dropped, parts of other types left out', () => {
		const question = questionInput({
			name: 'colour',
			type: 'single_choice',
			'label.en': 'Colour',
			'label.ar': 'اللون',
			required: 'yes',
			'choices.0.value': 'red',
			'choices.0.en': 'Red',
			'choices.1.value': '',
			'choices.1.en': '',
			'rows.0.value': 'ignored',
			'scale.min': '1',
			'showIf.0.question': 'earlier',
			'showIf.0.operator': 'answered',
			'showIf.1.question': ''
		});
		expect(QuestionSchema.parse(question)).toMatchObject({
			name: 'colour',
			label: { en: 'Colour', ar: 'اللون' },
			required: true,
			choices: [{ value: 'red', label: { en: 'Red' } }],
			rows: [],
			allowOther: false,
			showIf: [{ question: 'earlier', operator: 'answered' }]
		});
		expect(question.scale).toBeUndefined();
		expect(question.constraint).toBeUndefined();
	});

	it('keeps a number typed wrong, so it is refused rather than dropped', () => {
		const question = questionInput({ name: 'n', type: 'number', 'label.en': 'N', 'constraint.max': 'ten' });
		expect(QuestionSchema.safeParse(question).success).toBe(false);
		expect(
			questionInput({ name: 'n', type: 'number', 'label.en': 'N', 'constraint.max': '10' }).constraint
		).toMatchObject({
			max: 10
		});
	});

	it('reads a knowledge test’s marks, ticked or typed right answers, tolerance and module', () => {
		const choice = {
			type: 'multiple_choice',
			'label.en': 'Q',
			'choices.0.value': 'a',
			'choices.0.en': 'A',
			'choices.1.value': 'b',
			'choices.1.en': 'B'
		};
		expect(
			QuestionSchema.parse(
				questionInput({ ...choice, name: 'q', marks: '2', correct: ['a'], correctText: 'b', module: ' M1 ' })
			)
		).toMatchObject({ marks: 2, correct: ['a', 'b'], module: 'M1' });
		expect(
			QuestionSchema.parse(
				questionInput({
					name: 'n',
					type: 'number',
					'label.en': 'N',
					marks: '1',
					correctText: '2.5',
					tolerance: '0.5'
				})
			)
		).toMatchObject({ marks: 1, correct: 2.5, tolerance: 0.5 });
		const plain = questionInput({ name: 't', type: 'short_text', 'label.en': 'T', correct: [] });
		expect(plain).not.toHaveProperty('marks');
		const refused = QuestionSchema.safeParse(
			questionInput({ ...choice, name: 'q', type: 'single_choice', marks: 'two', correctText: 'c' })
		);
		expect(refused.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
			['marks', 'invalid_number']
		]);
	});
});

describe('pasted invitations', () => {
	it('reads name, email, group, country and language; a bare email; tabs; errors by line', () => {
		const { invitations, errors } = parseInvitationLines(
			'Leila Haddad, leila@example.org, ministries, ma, AR\nbob@example.org\n\nCarla\tcarla@example.org\tuniversities\nbroken, nope',
			'fr'
		);
		expect(invitations).toEqual([
			{
				line: 1,
				name: 'Leila Haddad',
				email: 'leila@example.org',
				groupLabel: 'ministries',
				countryCode: 'MA',
				language: 'ar'
			},
			{
				line: 2,
				name: null,
				email: 'bob@example.org',
				groupLabel: '',
				countryCode: undefined,
				language: 'fr'
			},
			{
				line: 4,
				name: 'Carla',
				email: 'carla@example.org',
				groupLabel: 'universities',
				countryCode: undefined,
				language: 'fr'
			}
		]);
		expect(errors).toEqual({ 'lines.5': ['invalid_email'] });
		expect(parseInvitationLines('  \n', 'en').errors).toEqual({ invitations: ['required'] });
	});
});

describe('the schedule', () => {
	it('reads times in the zone given; closing needs an opening after it', () => {
		expect(
			SurveyScheduleSchema.parse({ timeZone: 'Africa/Tunis', opensAt: '2030-06-01T08:00', closesAt: '' })
		).toEqual({
			timeZone: 'Africa/Tunis',
			opensAt: new Date('2030-06-01T07:00:00Z'),
			closesAt: null
		});
		expect(
			SurveyScheduleSchema.safeParse({ opensAt: '2030-06-02T08:00', closesAt: '2030-06-01T08:00' }).success
		).toBe(false);
	});
});
