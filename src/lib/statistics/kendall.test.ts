import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kendallW } from './kendall.js';
import { averageRanks } from './ranks.js';

describe("Kendall's W", () => {
	it('gives 7/9 for three raters ranking four items', () => {
		// Rank sums 4, 6, 8, 12 around 7.5: S = 12.25 + 2.25 + 0.25 + 20.25 = 35
		// W = 12 · 35 / (3² · (4³ − 4)) = 420/540; χ² = 3 · 3 · 7/9 = 7, P(χ²₃ ≥ 7) = 0.0719
		const result = kendallW([
			[1, 2, 3, 4],
			[2, 1, 3, 4],
			[1, 3, 2, 4]
		]);
		expect(result).toMatchObject({ m: 3, n: 4, df: 3 });
		expect(result.w).toBeCloseTo(7 / 9, 12);
		expect(result.chiSquare).toBeCloseTo(7, 12);
		expect(result.p).toBeCloseTo(0.0719, 4);
	});

	it("corrects for ties (NAG g08da's example after Siegel 1956: W = 0.8277, p = 0.0078)", () => {
		// Rank sums 5.5 6.5 9 13.5 12 20 23 23.5 25.5 26.5 around 16.5: S = 591
		// Σ(t³ − t): rater 1 two pairs = 12, rater 2 three pairs = 18, rater 3 a four and a three = 84
		// W = 12 · 591 / (3² · 990 − 3 · 114) = 7092 / 8568; χ² = 3 · 9 · W
		const result = kendallW([
			[1, 4.5, 2, 4.5, 3, 7.5, 6, 9, 7.5, 10],
			[2.5, 1, 2.5, 4.5, 4.5, 8, 9, 6.5, 10, 6.5],
			[2, 1, 4.5, 4.5, 4.5, 4.5, 8, 8, 8, 10]
		]);
		expect(result.w).toBeCloseTo(7092 / 8568, 12);
		expect(result.w).toBeCloseTo(0.8277, 4);
		expect(result.chiSquare).toBeCloseTo((27 * 7092) / 8568, 10);
		expect(result.df).toBe(9);
		expect(result.p).toBeCloseTo(0.0078, 4);
	});

	it('is 0 when two raters rank in opposite orders', () => {
		expect(
			kendallW([
				[1, 2, 3],
				[3, 2, 1]
			]).w
		).toBe(0);
	});

	it('is undefined without two items or when every rater ties everything', () => {
		expect(kendallW([])).toMatchObject({ w: null, p: null });
		expect(kendallW([[1], [1]])).toMatchObject({ w: null, chiSquare: null });
		expect(
			kendallW([
				[1.5, 1.5],
				[1.5, 1.5]
			])
		).toMatchObject({ w: null });
	});

	it('refuses rows that are not rankings of the same items', () => {
		expect(() =>
			kendallW([
				[1, 2, 3],
				[1, 2]
			])
		).toThrow(RangeError);
		expect(() => kendallW([[1, 1, 3]])).toThrow(RangeError); // ties must share 1.5
		expect(() => kendallW([[7, 8, 9]])).toThrow(RangeError);
	});
});

it('ranks ties by their average rank', () => {
	expect(averageRanks([30, 10, 20, 10, 30, 30])).toEqual([5, 1.5, 3, 1.5, 5, 5]);
});

describe('properties', () => {
	it("keep Kendall's W in [0, 1], and at 1 when all raters agree", () => {
		const rankings = fc
			.record({ n: fc.integer({ min: 2, max: 8 }), m: fc.integer({ min: 1, max: 6 }) })
			.chain(({ n, m }) =>
				// Scores 1–4 tie often; their average ranks are a ranking with ties
				fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: n, maxLength: n }), {
					minLength: m,
					maxLength: m
				})
			)
			.map((rows) => rows.map(averageRanks));
		fc.assert(
			fc.property(rankings, (rows) => {
				const { w } = kendallW(rows);
				if (w === null) return; // every rater tied everything
				expect(w).toBeGreaterThanOrEqual(0);
				expect(w).toBeLessThanOrEqual(1);
				// Everyone copying one rater who tells at least two items apart
				const telling = rows.find((row) => row.some((rank) => rank !== row[0]));
				if (telling) expect(kendallW(rows.map(() => telling)).w).toBe(1);
			})
		);
	});
});
