import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentile } from './percentile.js';

describe('percentile', () => {
	it('gives the nearest-rank value: p95 of 1..20 is 19, of 1..100 is 95', () => {
		const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
		expect(percentile(upTo(20), 95)).toBe(19);
		expect(percentile(upTo(100), 95)).toBe(95);
		expect(percentile(upTo(7), 100)).toBe(7);
	});

	it('does not depend on the order of the values', () => {
		expect(percentile([30, 10, 20], 50)).toBe(20);
		expect(percentile([2.5, 100, 0.5, 1], 95)).toBe(100);
	});

	it('refuses no values and percentiles outside (0, 100]', () => {
		expect(() => percentile([], 95)).toThrow(/no values/);
		expect(() => percentile([1], 0)).toThrow(RangeError);
		expect(() => percentile([1], 101)).toThrow(RangeError);
	});

	it('is a measured value with at least p % of the values at or below it, and fewer than p % below', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: 0, max: 10_000, noNaN: true }), { minLength: 1, maxLength: 200 }),
				fc.integer({ min: 1, max: 100 }),
				(values, p) => {
					const result = percentile(values, p);
					expect(values).toContain(result);
					expect(values.filter((v) => v <= result).length * 100).toBeGreaterThanOrEqual(p * values.length);
					expect(values.filter((v) => v < result).length * 100).toBeLessThan(p * values.length);
				}
			)
		);
	});
});
