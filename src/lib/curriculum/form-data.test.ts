import { describe, expect, it } from 'vitest';
import { parseInput } from '../server/validate.js';
import type { SessionContent } from './content.js';
import { blankObjectives, objectiveRows, sessionFields, sessionInput } from './form-data.js';
import { SessionCreateSchema } from './schemas.js';

const session: SessionContent = {
	id: 's',
	title: { en: 'Tuberculosis', fr: 'Tuberculose' },
	objectives: [{ en: 'Describe how TB spreads' }, { en: 'Refer a patient', ar: 'إحالة مريض' }],
	durationMinutes: 90,
	methods: ['lecture'],
	editions: ['trainer', 'trainee'],
	trainerNotes: null,
	materials: []
};

describe('the session form', () => {
	it('shows each objective as a row of languages, and reads back what it shows', () => {
		const fields = sessionFields(session);
		expect(fields).toMatchObject({
			'title.fr': 'Tuberculose',
			'objectives.1.ar': 'إحالة مريض',
			'objectives.1.fr': '',
			durationMinutes: '90',
			'trainerNotes.en': ''
		});
		const parsed = parseInput(SessionCreateSchema, sessionInput(fields));
		expect(parsed).toMatchObject({
			title: session.title,
			objectives: session.objectives,
			durationMinutes: 90,
			methods: ['lecture'],
			editions: ['trainee', 'trainer']
		});
	});

	it('drops objectives left blank in every language, wherever they are', () => {
		const input = sessionInput({
			'objectives.0.en': ' ',
			'objectives.1.en': 'Screen for TB',
			'objectives.2.fr': '',
			durationMinutes: '60'
		});
		expect(input.objectives).toEqual([{ en: 'Screen for TB' }]);
	});

	it('offers blank rows after the last objective written', () => {
		expect(objectiveRows({})).toHaveLength(blankObjectives);
		expect(objectiveRows(sessionFields(session))).toHaveLength(2 + blankObjectives);
		expect(objectiveRows({ 'objectives.4.fr': 'Dépister', 'objectives.5.en': '' })).toHaveLength(
			5 + blankObjectives
		);
	});
});
