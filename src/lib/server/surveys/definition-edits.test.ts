import { describe, expect, it } from 'vitest';
import { QuestionSchema, SurveyDefinitionSchema, type SurveyDefinition } from '../../surveys/definition.js';
import {
	addQuestion,
	deleteQuestion,
	deleteSection,
	moveQuestion,
	updateQuestion
} from './definition-edits.js';

const q = (name: string, showIf: { question: string; operator: 'answered' }[] = []) =>
	QuestionSchema.parse({ name, type: 'short_text', label: { en: name }, showIf });

/** Two sections: a (q1, q2 shown if q1 answered) and b (q3). */
const survey = (): SurveyDefinition =>
	SurveyDefinitionSchema.parse({
		sections: [
			{ name: 'a', questions: [q('q1'), q('q2', [{ question: 'q1', operator: 'answered' }])] },
			{ name: 'b', questions: [q('q3')] }
		]
	});
const layout = (definition: SurveyDefinition) =>
	definition.sections.map((section) => `${section.name}: ${section.questions.map((x) => x.name).join(' ')}`);

describe('moving a question', () => {
	it('swaps within its section', () => {
		expect(layout(moveQuestion(survey(), 'q2', 'up'))).toEqual(['a: q2 q1', 'b: q3']);
	});

	it('crosses into the next section at the edge, and stays put at the very ends', () => {
		expect(layout(moveQuestion(survey(), 'q2', 'down'))).toEqual(['a: q1', 'b: q2 q3']);
		expect(layout(moveQuestion(survey(), 'q3', 'up'))).toEqual(['a: q1 q2 q3', 'b: ']);
		expect(layout(moveQuestion(survey(), 'q1', 'up'))).toEqual(['a: q1 q2', 'b: q3']);
		expect(layout(moveQuestion(survey(), 'q3', 'down'))).toEqual(['a: q1 q2', 'b: q3']);
	});

	it('leaves the definition it was given unchanged', () => {
		const before = survey();
		moveQuestion(before, 'q1', 'down');
		expect(layout(before)).toEqual(['a: q1 q2', 'b: q3']);
	});
});

describe('changing questions', () => {
	it('a renamed question is renamed in the conditions that name it', () => {
		const renamed = updateQuestion(survey(), 'q1', q('experience'));
		expect(layout(renamed)).toEqual(['a: experience q2', 'b: q3']);
		expect(renamed.sections[0].questions[1].showIf).toEqual([
			{ question: 'experience', operator: 'answered' }
		]);
	});

	it('a question others depend on is not deleted; others are', () => {
		expect(() => deleteQuestion(survey(), 'q1')).toThrow(
			expect.objectContaining({ code: 'conflict', fields: { _: ['question_in_condition'] } })
		);
		expect(layout(deleteQuestion(survey(), 'q2'))).toEqual(['a: q1', 'b: q3']);
	});

	it('adds at the end of the named section; unknown names are not found', () => {
		expect(layout(addQuestion(survey(), 'b', q('q4')))).toEqual(['a: q1 q2', 'b: q3 q4']);
		expect(() => addQuestion(survey(), 'c', q('q4'))).toThrow(expect.objectContaining({ code: 'not_found' }));
		expect(() => moveQuestion(survey(), 'q9', 'up')).toThrow(expect.objectContaining({ code: 'not_found' }));
	});

	it('a section is deleted only once empty', () => {
		expect(() => deleteSection(survey(), 'b')).toThrow(
			expect.objectContaining({ fields: { _: ['section_not_empty'] } })
		);
		expect(layout(deleteSection(deleteQuestion(survey(), 'q3'), 'b'))).toEqual(['a: q1 q2']);
	});
});
