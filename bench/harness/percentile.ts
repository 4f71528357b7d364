// Latency percentiles, computed from every response time (autocannon's own summary has no p95).

/**
 * The nearest-rank percentile: the smallest value such that at least `p` % of the values are at or
 * below it. p95 of 20 values is the 19th smallest.
 */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) throw new RangeError('percentile of no values');
	if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
	const sorted = Float64Array.from(values).sort();
	// p * n before dividing keeps whole ranks whole (0.07 * 100 is 7.000000000000001).
	return sorted[Math.ceil((p * sorted.length) / 100) - 1];
}
