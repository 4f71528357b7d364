import { describe, expect, it } from 'vitest';
import { placeParts } from './places.js';

describe('places', () => {
	it('names the venue, the city and the country in the reader’s language, leaving out what is missing', () => {
		const athens = {
			venue: 'National School of Public Health',
			city: 'Athens',
			countryName: { en: 'Greece', ar: 'اليونان' }
		};
		expect(placeParts(athens, 'ar')).toEqual(['National School of Public Health', 'Athens', 'اليونان']);
		expect(placeParts({ venue: ' ', city: 'Koper', countryName: null }, 'fr')).toEqual(['Koper']);
	});
});
