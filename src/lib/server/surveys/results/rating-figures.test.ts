import { describe, expect, it } from 'vitest';
import vectors from '../../../statistics/evaluation-vectors.json';
import { ratingFigures } from './rating-figures.js';
import { orderedCounts } from './value-counts.js';

/** Counts per point as the results page reads them from PostgreSQL. */
function countsOf(ratings: readonly number[], extra: Record<string, number> = {}) {
	const found = new Map<string, number>(Object.entries(extra));
	for (const rating of ratings) found.set(String(rating), (found.get(String(rating)) ?? 0) + 1);
	return orderedCounts(['1', '2', '3', '4', '5'], found, ratings.length);
}

const relativeError = (actual: number | null, expected: number) =>
	actual === null ? Infinity : Math.abs(actual - expected) / Math.abs(expected);

describe('a rating question’s satisfaction figures', () => {
	it('equal vector D: 15 answers on 1–5', () => {
		const { likert_1_to_5, expected } = vectors.D_satisfaction;
		const figures = ratingFigures(countsOf(likert_1_to_5), { min: 1, max: 5 });
		expect(figures.n).toBe(expected.n);
		expect(figures.disclosure).toBe('full');
		expect(relativeError(figures.mean, expected.mean)).toBeLessThanOrEqual(1e-6);
		expect(relativeError(figures.median, expected.median)).toBeLessThanOrEqual(1e-6);
		expect(relativeError(figures.topTwoBoxPercent, expected.top_two_box_percent)).toBeLessThanOrEqual(1e-6);
		expect(figures.topTwoBox).toBe(11);
	});

	it('give 5–9 answers without a percentage, and hide fewer than 5', () => {
		expect(ratingFigures(countsOf([5, 4, 4, 3, 1]))).toEqual({
			n: 5,
			disclosure: 'descriptive',
			mean: 3.4,
			median: 4,
			topTwoBox: 3,
			topTwoBoxPercent: null
		});
		expect(ratingFigures(countsOf([5, 4, 4, 3]))).toEqual({
			n: 4,
			disclosure: 'hidden',
			mean: null,
			median: null,
			topTwoBox: null,
			topTwoBoxPercent: null
		});
	});

	it('use the question’s own scale and leave out values off it', () => {
		const counts = orderedCounts(
			['0', '1', '2', '3'],
			new Map([
				['0', 4],
				['2', 3],
				['3', 3],
				['9', 2],
				['4.5', 1]
			]),
			13
		);
		expect(ratingFigures(counts, { min: 0, max: 3 })).toMatchObject({
			n: 10,
			topTwoBox: 6,
			topTwoBoxPercent: 60
		});
	});
});
