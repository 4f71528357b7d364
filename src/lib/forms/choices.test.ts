import { describe, expect, it } from 'vitest';
import { countryChoices, countryChoicesIn, labelledOptions } from './choices.js';

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

	it('names countries in a language MHub has no names in from the CLDR, in that language’s order', () => {
		const countries = [
			{ code: 'SI', name: { en: 'Slovenia' } },
			{ code: 'DE', name: { en: 'Germany' } },
			{ code: 'MA', name: { en: 'Morocco', fr: 'Maroc' } }
		];
		expect(countryChoicesIn(countries, 'es')).toEqual([
			{ code: 'DE', name: 'Alemania' },
			{ code: 'SI', name: 'Eslovenia' },
			{ code: 'MA', name: 'Marruecos' }
		]);
		expect(countryChoicesIn(countries, 'fr').map(({ name }) => name)).toEqual([
			'Slovenia',
			'Germany',
			'Maroc'
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
