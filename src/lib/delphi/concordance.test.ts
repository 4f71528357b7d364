import { describe, expect, it } from 'vitest';
import { roundConcordance, strengthOf } from './concordance.js';

describe("Kendall's W of a round, from ratings", () => {
	it('ranks each panellist’s ratings and measures agreement on the order (worked by hand)', () => {
		// Ratings → ranks: 9 5 1 → 3 2 1; 7 8 2 → 2 3 1; 6 4 3 → 3 2 1.
		// Rank sums 8, 7, 3 around m(n+1)/2 = 6: S = 4 + 1 + 9 = 14.
		// W = 12 S / (m²(n³ − n)) = 168 / (9 · 24) = 7/9; χ² = m(n − 1)W = 14/3, df 2;
		// p = e^(−χ²/2) = e^(−7/3) = 0.09697 (chi-square with 2 df).
		const result = roundConcordance([
			[9, 5, 1],
			[7, 8, 2],
			[6, 4, 3]
		]);
		expect(result).toMatchObject({ m: 3, n: 3, leftOut: 0, df: 2, strength: 'strong' });
		expect(result.w).toBeCloseTo(7 / 9, 12);
		expect(result.chiSquare).toBeCloseTo(14 / 3, 12);
		expect(result.p).toBeCloseTo(0.09697, 5);
	});

	it('gives tied ratings the average rank and corrects W for the ties', () => {
		// Ranks 3 2 1 | 3 2 1 | 3 1.5 1.5 (7, 2, 2) | 2 3 1 | 3 2 1.
		// Rank sums 14, 10.5, 5.5 around 10: S = 16 + 0.25 + 20.25 = 36.5.
		// One tie of two: Σ(t³ − t) = 6. W = 12 · 36.5 / (5² · 24 − 5 · 6) = 438 / 570 = 73/95.
		// χ² = 5 · 2 · 73/95 = 146/19, df 2: p = e^(−73/19) = 0.02145.
		const result = roundConcordance([
			[8, 5, 1],
			[9, 8, 2],
			[7, 2, 2],
			[8, 9, 3],
			[9, 7, 1]
		]);
		expect(result.w).toBeCloseTo(73 / 95, 12);
		expect(result.chiSquare).toBeCloseTo(146 / 19, 12);
		expect(result.p).toBeCloseTo(0.02145, 5);
		expect(result.strength).toBe('strong');
	});

	it('leaves out a panellist who was unable to rate a statement (complete blocks only)', () => {
		const withUnable = roundConcordance([
			[9, 5, 1],
			[7, 8, 2],
			[null, 9, 1],
			[6, 4, 3]
		]);
		expect(withUnable).toMatchObject({ m: 3, n: 3, leftOut: 1 });
		expect(withUnable.w).toBeCloseTo(7 / 9, 12);
	});

	it('is 0, very weak, when two panellists order the statements the opposite way', () => {
		expect(
			roundConcordance([
				[1, 5, 9],
				[9, 5, 1]
			])
		).toMatchObject({ w: 0, chiSquare: 0, p: 1, strength: 'very_weak' });
	});

	it('is undefined with fewer than 2 statements or 2 complete panellists, or when all rated alike', () => {
		expect(roundConcordance([[8], [3], [5]])).toMatchObject({ m: 3, n: 1, df: 0, w: null, p: null });
		expect(roundConcordance([])).toMatchObject({ m: 0, n: 0, w: null, strength: null });
		expect(
			roundConcordance([
				[8, 2],
				[null, 2]
			])
		).toMatchObject({ m: 1, leftOut: 1, w: null, chiSquare: null });
		// Everyone gave every statement the same rating: no order to agree on.
		expect(
			roundConcordance([
				[5, 5, 5],
				[7, 7, 7]
			])
		).toMatchObject({ m: 2, n: 3, w: null, strength: null });
	});

	it('refuses rows of different lengths', () => {
		expect(() => roundConcordance([[1, 2], [3]])).toThrow(RangeError);
	});
});

describe("Schmidt's (1997) reading of W", () => {
	it('labels each W from the point where its band starts', () => {
		expect([0, 0.1, 0.299, 0.3, 0.499, 0.5, 0.699, 0.7, 0.899, 0.9, 1].map((w) => strengthOf(w))).toEqual([
			'very_weak',
			'very_weak',
			'very_weak',
			'weak',
			'weak',
			'moderate',
			'moderate',
			'strong',
			'strong',
			'unusually_strong',
			'unusually_strong'
		]);
	});
});
