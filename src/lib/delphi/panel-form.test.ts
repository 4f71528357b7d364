import { describe, expect, it } from 'vitest';
import { panelFormValues, panelRoundInput } from './panel-form.js';
import { PanelRoundSchema } from './schemas.js';

const a = '3f1e1c1a-0000-4000-8000-000000000001';
const b = '3f1e1c1a-0000-4000-8000-000000000002';

function form(entries: Array<[string, string]>): FormData {
	const data = new FormData();
	for (const [name, value] of entries) data.append(name, value);
	return data;
}

describe('a panellist’s round form', () => {
	it('reads a rating, "unable to rate", a comment and the intent', () => {
		const input = panelRoundInput(
			form([
				['s', a],
				['s', b],
				[`r.${a}`, '8'],
				[`r.${b}`, 'unable'],
				[`c.${b}`, '  Depends on the country '],
				['intent', 'submit']
			])
		);
		expect(input).toEqual({
			answers: [
				{ statementId: a, rating: 8, comment: null },
				{ statementId: b, rating: 'unable', comment: 'Depends on the country' }
			],
			suggestions: null,
			submit: true
		});
	});

	it('leaves an unrated statement without a rating (not 0), which the schema accepts as "not yet"', () => {
		const input = panelRoundInput(
			form([
				['s', a],
				['intent', 'save']
			])
		);
		expect(input.answers[0].rating).toBeUndefined();
		expect(input.submit).toBe(false);
		expect(PanelRoundSchema.parse(input).answers[0].rating).toBeUndefined();
	});

	it('gives back what was typed, for the form shown again after a refusal', () => {
		const input = panelRoundInput(
			form([
				['s', a],
				[`r.${a}`, '4'],
				[`c.${a}`, 'Too long']
			])
		);
		expect(panelFormValues(input)).toEqual({ [`r.${a}`]: '4', [`c.${a}`]: 'Too long' });
	});
});
