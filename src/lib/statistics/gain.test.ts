import { describe, expect, it } from 'vitest';
import { followUp } from './follow-up.js';
import { normalisedGain } from './gain.js';

describe('normalised gain', () => {
	it("averages individual gains below max on the pre-test, and Hake's ⟨g⟩ uses every pair", () => {
		// Individual gains (16 − 10)/10 = 0.6 and (20 − 15)/5 = 1; means pre 15, post 56/3
		const result = normalisedGain(
			[
				[10, 16],
				[15, 20],
				[20, 20]
			],
			20
		);
		expect(result).toMatchObject({ n: 3, excludedAtMax: 1, method: 'hake-normalised-gain' });
		expect(result.averageGain).toBeCloseTo(0.8, 12);
		expect(result.gainOfMeans).toBeCloseTo((56 / 3 - 15) / 5, 12);
	});

	it('is null, with everyone counted as excluded, when all are at max on the pre-test', () => {
		expect(
			normalisedGain(
				[
					[10, 10],
					[10, 9]
				],
				10
			)
		).toEqual({
			n: 2,
			gainOfMeans: null,
			averageGain: null,
			excludedAtMax: 2,
			method: 'hake-normalised-gain'
		});
	});

	it('refuses a post-test score above the maximum', () => {
		expect(() => normalisedGain([[3, 11]], 10)).toThrow('post-test scores: #1 is 11, above the maximum 10');
	});
});

describe('follow-up', () => {
	const people = (...scores: number[]) => new Map(scores.map((score, index) => [index, score]));

	it('keeps only the people with all three scores', () => {
		const later = new Map([
			[0, 7],
			[2, 9]
		]);
		const result = followUp(people(4, 5, 6), people(8, 9, 9), later, 10);
		// People 0 and 2: means pre 5, post 8.5, follow-up 8 → 3 / 3.5
		expect(result.n).toBe(2);
		expect(result.retentionShare).toBeCloseTo(3 / 3.5, 12);
	});

	it('has no retention share when the post-test mean equals the pre-test mean', () => {
		const result = followUp(people(4, 6), people(6, 4), people(5, 7), 10);
		expect(result.retentionShare).toBeNull();
		expect(result.versusPre).toMatchObject({ sdDifference: 0, t: null });
	});
});
