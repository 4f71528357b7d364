// Ranks with ties, shared by the rank statistics (Kendall's W, Delphi's concordance).

/** Ranks 1..n of `values` in their order, ties sharing the average of the ranks they span. */
export function averageRanks(values: readonly number[]): number[] {
	const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
	const ranks = new Array<number>(values.length);
	for (let start = 0; start < order.length;) {
		let end = start;
		while (end + 1 < order.length && order[end + 1].value === order[start].value) end += 1;
		const rank = (start + end + 2) / 2; // mean of ranks start+1 … end+1
		for (let i = start; i <= end; i += 1) ranks[order[i].index] = rank;
		start = end + 1;
	}
	return ranks;
}

/** Σ (t³ − t) over the groups of t equal values: the tie correction of rank statistics. */
export function tieSum(values: readonly number[]): number {
	const sizes = new Map<number, number>();
	for (const value of values) sizes.set(value, (sizes.get(value) ?? 0) + 1);
	let sum = 0;
	for (const t of sizes.values()) sum += t ** 3 - t;
	return sum;
}
