// Medians and quartiles by one method everywhere (Hyndman & Fan type 7).

const ascending = (values: readonly number[]) => [...values].sort((a, b) => a - b);

/**
 * The p-quantile by the "inclusive" linear interpolation method (Hyndman & Fan type 7: R's default
 * `quantile`, Excel QUARTILE.INC): position h = (n − 1)·p in the sorted values, interpolated
 * between its neighbours. With p a multiple of ¼ the result on integer ratings is exact in binary.
 */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
	const h = (sorted.length - 1) * p;
	const below = Math.floor(h);
	const above = Math.min(below + 1, sorted.length - 1);
	return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
}

/** The median (type 7 at ½, the usual median); null for no values. */
export function median(values: readonly number[]): number | null {
	return values.length === 0 ? null : quantileOfSorted(ascending(values), 0.5);
}

/** First and third quartiles by the inclusive method (type 7); null for no values. */
export function quartiles(values: readonly number[]): { q1: number; q3: number } | null {
	if (values.length === 0) return null;
	const sorted = ascending(values);
	return { q1: quantileOfSorted(sorted, 0.25), q3: quantileOfSorted(sorted, 0.75) };
}

/** Interquartile range q3 − q1 by the inclusive method; null for no values. */
export function iqr(values: readonly number[]): number | null {
	const q = quartiles(values);
	return q === null ? null : q.q3 - q.q1;
}
