// Student t and binomial laws from jstat's regularised incomplete beta (within ~1e-8 of scipy).
import jStat from 'jstat';

/** P(|T| ≥ |t|) for T Student with `df` degrees of freedom: I_{df/(df+t²)}(df/2, ½), exactly 1 at t = 0. */
export function studentTwoSidedP(t: number, df: number): number {
	return Math.min(1, jStat.ibeta(df / (df + t * t), df / 2, 0.5));
}

/** The p-quantile of Student's t with `df` degrees of freedom (0.975 for a 95 % interval). */
export function studentQuantile(p: number, df: number): number {
	return jStat.studentt.inv(p, df);
}

/** P(X ≤ k) twice, at most 1, for X binomial(n, ½): the exact two-sided sign test of k against n − k. */
export function twoSidedSignTestP(k: number, n: number): number {
	const smaller = Math.min(k, n - k);
	if (smaller === n) return 1; // n = 0
	// P(X ≤ s) = I_½(n − s, s + 1)
	return Math.min(1, 2 * jStat.ibeta(0.5, n - smaller, smaller + 1));
}
