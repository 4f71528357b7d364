// Kendall's coefficient of concordance W: how far raters agree on a ranking of the same items.
import { chiSquareSurvival } from './distributions.js';
import { averageRanks, tieSum } from './ranks.js';

export interface KendallW {
	/** Raters (m) and items ranked (n). */
	m: number;
	n: number;
	/** Null when undefined: fewer than 2 items, no rater, or every rater tied every item. */
	w: number | null;
	/** m(n − 1)W, chi-square with n − 1 degrees of freedom under no agreement (large m). */
	chiSquare: number | null;
	df: number;
	p: number | null;
}

/**
 * Kendall's coefficient of concordance with the tie correction:
 * W = 12 S / (m²(n³ − n) − m Σ T), S = Σ (R_i − m(n+1)/2)², T = Σ (t³ − t) per rater.
 * Each row is one rater's ranking of the same n items, ranks 1..n with ties as average ranks
 * (see `averageRanks`); anything else throws, as it would silently give a wrong W.
 */
export function kendallW(rankings: ReadonlyArray<readonly number[]>): KendallW {
	const m = rankings.length;
	const n = rankings[0]?.length ?? 0;
	for (const row of rankings) {
		if (row.length !== n) throw new RangeError('every rater must rank the same items');
		const reranked = averageRanks(row);
		if (row.some((rank, index) => rank !== reranked[index]))
			throw new RangeError(`not a ranking 1..${n} with average ranks for ties: ${row.join(', ')}`);
	}
	const df = Math.max(0, n - 1);
	const ties = rankings.reduce((sum, row) => sum + tieSum(row), 0);
	const denominator = m * m * (n ** 3 - n) - m * ties;
	if (m === 0 || n < 2 || denominator <= 0) return { m, n, w: null, chiSquare: null, df, p: null };
	const meanRankSum = (m * (n + 1)) / 2;
	let s = 0;
	for (let item = 0; item < n; item += 1) {
		const rankSum = rankings.reduce((sum, row) => sum + row[item], 0);
		s += (rankSum - meanRankSum) ** 2;
	}
	const w = (12 * s) / denominator;
	const chiSquare = m * (n - 1) * w;
	return { m, n, w, chiSquare, df, p: chiSquareSurvival(chiSquare, df) };
}
