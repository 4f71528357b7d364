import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iqr, median, quartiles } from './quantiles.js';

describe('quantiles (inclusive method, R type 7)', () => {
	it('interpolate between neighbours', () => {
		// h = 3 × ¼ = 0.75: 1 + 0.75 × (2 − 1); median h = 1.5; q3 h = 2.25: 3 + 0.25 × (4 − 3)
		expect(quartiles([4, 2, 1, 3])).toEqual({ q1: 1.75, q3: 3.25 });
		expect(median([4, 2, 1, 3])).toBe(2.5);
		expect(iqr([1, 2, 3, 4])).toBe(1.5);
	});

	it('fall on values when the positions are whole', () => {
		// n = 5: positions 1, 2, 3 of 0..4
		expect(median([9, 7, 8, 7, 9])).toBe(8);
		expect(quartiles([9, 7, 8, 7, 9])).toEqual({ q1: 7, q3: 9 });
	});

	it('handle ties and ten values', () => {
		// sorted 2 4 4 5 6 7 7 7 8 9: q1 h = 2.25 → 4 + 0.25 × 1; median h = 4.5 → 6.5; q3 h = 6.75 → 7
		const values = [7, 2, 9, 4, 7, 5, 4, 8, 6, 7];
		expect(quartiles(values)).toEqual({ q1: 4.25, q3: 7 });
		expect(median(values)).toBe(6.5);
		expect(iqr(values)).toBe(2.75);
	});

	it('are the value itself for one value and null for none', () => {
		expect(median([6])).toBe(6);
		expect(quartiles([6])).toEqual({ q1: 6, q3: 6 });
		expect(iqr([6])).toBe(0);
		expect(median([])).toBeNull();
		expect(quartiles([])).toBeNull();
		expect(iqr([])).toBeNull();
	});
});

describe('properties', () => {
	it('keep q1 ≤ median ≤ q3 within the lowest and highest rating', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 40 }), (values) => {
				const middle = median(values)!;
				const { q1, q3 } = quartiles(values)!;
				expect(Math.min(...values)).toBeLessThanOrEqual(q1);
				expect(q1).toBeLessThanOrEqual(middle);
				expect(middle).toBeLessThanOrEqual(q3);
				expect(q3).toBeLessThanOrEqual(Math.max(...values));
			})
		);
	});
});
