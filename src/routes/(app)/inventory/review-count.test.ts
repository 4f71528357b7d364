// The average of a criterion names how many reviews gave it, in each language's plural forms.
import { describe, expect, it } from 'vitest';
import { inventory_average_of } from '#lib/paraglide/messages.js';

const average = (count: number, locale: 'en' | 'fr' | 'ar') =>
	inventory_average_of({ average: 4, max: 5, count }, { locale });

describe('the review count beside an average', () => {
	it('is singular for one review and plural otherwise in English', () => {
		expect([1, 2, 11].map((count) => average(count, 'en'))).toEqual([
			'4 out of 5 (1 review)',
			'4 out of 5 (2 reviews)',
			'4 out of 5 (11 reviews)'
		]);
	});

	it('follows French, where 0 and 1 are singular', () => {
		expect([1, 2].map((count) => average(count, 'fr'))).toEqual([
			'4 sur 5 (1 évaluation)',
			'4 sur 5 (2 évaluations)'
		]);
	});

	it('uses the Arabic singular, dual, plural (3–10) and counted singular (11 and more)', () => {
		expect([1, 2, 3, 11, 100].map((count) => average(count, 'ar'))).toEqual([
			'4 من 5 (تقييم واحد)',
			'4 من 5 (تقييمان)',
			'4 من 5 (3 تقييمات)',
			'4 من 5 (11 تقييمًا)',
			'4 من 5 (100 تقييم)'
		]);
	});
});
