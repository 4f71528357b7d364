import { expect, it } from 'vitest';
import { studentQuantile, studentTwoSidedP, twoSidedSignTestP } from './incomplete-beta.js';

const relative = (actual: number, expected: number) => Math.abs(actual / expected - 1);

// Expected values from scipy 1.17: 2 * t.sf(|t|, df), t.ppf(0.975, df), binomtest(k, n).pvalue
it('matches scipy for Student t tails and quantiles, far in the tail too', () => {
	expect(relative(studentTwoSidedP(1, 3), 0.3910022189557705)).toBeLessThan(1e-7);
	expect(relative(studentTwoSidedP(-20, 11), 5.344325078535113e-10)).toBeLessThan(1e-7);
	expect(relative(studentTwoSidedP(50, 100), 1.4472163679761465e-72)).toBeLessThan(1e-7);
	expect(studentTwoSidedP(0, 7)).toBe(1);
	expect(relative(studentQuantile(0.975, 11), 2.200985160091639)).toBeLessThan(1e-7);
	expect(relative(studentQuantile(0.975, 1), 12.706204736174694)).toBeLessThan(1e-7);
	expect(relative(studentQuantile(0.975, 200), 1.9718962236339088)).toBeLessThan(1e-7);
});

it('matches scipy for the exact two-sided binomial (sign) test', () => {
	expect(relative(twoSidedSignTestP(3, 20), 0.0025768280029296875)).toBeLessThan(1e-7);
	expect(relative(twoSidedSignTestP(60, 100), 0.05688793364098089)).toBeLessThan(1e-7);
	expect(twoSidedSignTestP(0, 0)).toBe(1);
	expect(twoSidedSignTestP(5, 10)).toBe(1);
});
