import { describe, expect, it } from 'vitest';
import { countryChoices, labelledOptions } from './choices.js';

describe('choices', () => {
	it('names countries in the reader’s language, falling back like any text', () => {
		const countries = [
			{ code: 'MA', name: { en: 'Morocco', fr: 'Maroc', ar: 'المغرب' } },
			{ code: 'SI', name: { en: 'Slovenia' } }
		];
		expect(countryChoices(countries, 'fr')).toEqual([
			{ code: 'MA', name: 'Maroc' },
			{ code: 'SI', name: 'Slovenia' }
		]);
	});

	it('labels each value of a closed list, in the list’s order', () => {
		const labels = { b: () => 'Bee', a: () => 'Ay' };
		expect(labelledOptions(['b', 'a'] as const, labels)).toEqual([
			{ value: 'b', label: 'Bee' },
			{ value: 'a', label: 'Ay' }
		]);
	});
});
