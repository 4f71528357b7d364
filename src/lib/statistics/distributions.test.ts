import { describe, expect, it } from 'vitest';
import { chiSquareSurvival, normalCdf } from './distributions.js';

describe('the normal and chi-square distributions', () => {
	it('match the tables', () => {
		expect(normalCdf(0)).toBeCloseTo(0.5, 7);
		expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
		expect(normalCdf(-1.644854)).toBeCloseTo(0.05, 6);
		// P(χ²₁ ≥ 3.841459) = 0.05, P(χ²₂ ≥ x) = e^(−x/2), P(χ²₃ ≥ 7.814728) = 0.05
		expect(chiSquareSurvival(3.841459, 1)).toBeCloseTo(0.05, 6);
		expect(chiSquareSurvival(3, 2)).toBeCloseTo(Math.exp(-1.5), 12);
		expect(chiSquareSurvival(7.814728, 3)).toBeCloseTo(0.05, 6);
		expect(chiSquareSurvival(16.918978, 9)).toBeCloseTo(0.05, 6);
		expect(chiSquareSurvival(0, 4)).toBe(1);
	});
});
