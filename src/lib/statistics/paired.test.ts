import { describe, expect, it } from 'vitest';
import { describeScores, passRate } from './descriptive.js';
import { pairedT, pairUp } from './paired.js';
import { prePost } from './pre-post.js';

describe('pairs', () => {
	it('pair the people with both scores and count the others (attrition)', () => {
		const pre = new Map([
			['ana', 10],
			['ben', 12],
			['cem', 8]
		]);
		const post = new Map([
			['ben', 15],
			['ana', 14],
			['dua', 9],
			['eli', 11]
		]);
		expect(pairUp(pre, post)).toEqual({
			pairs: [
				[10, 14],
				[12, 15]
			],
			firstOnly: 1,
			secondOnly: 2
		});
	});
});

describe('paired t', () => {
	it('has no figures without pairs', () => {
		expect(pairedT([])).toEqual({
			n: 0,
			meanDifference: null,
			sdDifference: null,
			df: null,
			t: null,
			p: null,
			ci95: null,
			cohenDz: null,
			method: 'paired-t'
		});
		const nobody = prePost(new Map([['ana', 3]]), new Map(), 10);
		expect(nobody).toMatchObject({ nPairs: 0, preOnly: 1, postOnly: 0 });
		expect(nobody.pre).toEqual({ n: 0, mean: null, sd: null, median: null });
		expect(nobody.wilcoxon).toMatchObject({ n: 0, p: 1, r: null });
		expect(nobody.gain).toMatchObject({ gainOfMeans: null, averageGain: null, excludedAtMax: 0 });
	});

	it('has a mean but no test for one pair', () => {
		expect(pairedT([[4, 7]])).toMatchObject({
			n: 1,
			meanDifference: 3,
			sdDifference: null,
			t: null,
			p: null
		});
	});

	it('is null, never NaN or Infinity, when every difference is the same', () => {
		// 0.1 three times has a mean of 0.10000000000000002, so the SD is not computed as 0 by itself
		for (const pairs of [
			[
				[5, 5],
				[6, 6]
			],
			[
				[0.2, 0.3],
				[0.4, 0.5],
				[1.2, 1.3]
			]
		] as const) {
			const result = pairedT(pairs);
			expect(result).toMatchObject({ sdDifference: 0, t: null, p: null, ci95: null, cohenDz: null });
			expect(result.df).toBe(pairs.length - 1);
		}
	});

	it('refuses scores that are not finite numbers, naming each', () => {
		expect(() =>
			pairedT([
				[1, Number.NaN],
				[2, 3],
				[Infinity, 4]
			])
		).toThrow('first scores of the pairs: #3 is Infinity, not a finite number');
		expect(() => pairedT([[1, Number.NaN]])).toThrow(
			'second scores of the pairs: #1 is NaN, not a finite number'
		);
	});

	it('refuses a score above the maximum or below 0 before computing anything', () => {
		const pre = new Map([
			['ana', 21],
			['ben', -1]
		]);
		const post = new Map([
			['ana', 20],
			['ben', 20]
		]);
		expect(() => prePost(pre, post, 20)).toThrow(
			'pre-test scores: #1 is 21, above the maximum 20; #2 is -1, below 0'
		);
		expect(() => prePost(post, post, 0)).toThrow('the maximum score must be a positive number, not 0');
	});
});

describe('descriptive figures', () => {
	it('describe scores with the sample SD and the median', () => {
		expect(describeScores([2, 4, 4, 6])).toEqual({ n: 4, mean: 4, sd: Math.sqrt(8 / 3), median: 4 });
		expect(describeScores([7])).toEqual({ n: 1, mean: 7, sd: null, median: 7 });
	});

	it('count a pass at the pass mark', () => {
		expect(passRate([10, 14, 15, 20], 15)).toEqual({ n: 4, passed: 2, percent: 50 });
		expect(passRate([], 15)).toEqual({ n: 0, passed: 0, percent: null });
	});
});
