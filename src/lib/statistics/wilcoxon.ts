// Wilcoxon signed-rank test of paired differences, as scipy.stats.wilcoxon and R's wilcox.test.
import { twoSidedNormalP } from './distributions.js';

export interface Wilcoxon {
	/** Non-zero differences: zero differences are dropped (Wilcoxon's original method). */
	n: number;
	/** Rank sums of the rises and the falls; wPlus + wMinus = n(n + 1)/2. */
	wPlus: number;
	wMinus: number;
	/** min(wPlus, wMinus), the statistic T of the two-sided test. */
	statistic: number;
	/**
	 * Normal approximation of wPlus, signed (positive when values rose), with tie and continuity
	 * correction: (wPlus − n(n+1)/4 ∓ ½) / σ, σ² = n(n+1)(2n+1)/24 − Σ(t³ − t)/48; 0 when n = 0.
	 */
	z: number;
	/** Two-sided p-value; 1 when n = 0. */
	p: number;
	/** Effect size r = |z| / √n with z without the continuity correction; null when n = 0. */
	r: number | null;
	/** Matched-pairs rank-biserial correlation (wPlus − wMinus) / (wPlus + wMinus); null when n = 0. */
	rankBiserial: number | null;
	/**
	 * 'wilcoxon-exact' for n ≤ 20 with no tied |differences| (the null distribution of wPlus
	 * enumerated, as R's wilcox.test does), 'wilcoxon-normal-corrected' otherwise (the z above, as
	 * R's wilcox.test with correct = TRUE and scipy's correction=True). Zeros are dropped in both.
	 */
	method: 'wilcoxon-exact' | 'wilcoxon-normal-corrected';
}

export const exactWilcoxonMaxN = 20;

/** How many subsets of the ranks 1..n sum to each total 0..n(n+1)/2: the null law of wPlus × 2ⁿ. */
function signedRankCounts(n: number): number[] {
	const counts = new Array<number>((n * (n + 1)) / 2 + 1).fill(0);
	counts[0] = 1;
	for (let rank = 1; rank <= n; rank += 1)
		for (let total = counts.length - 1; total >= rank; total -= 1) counts[total] += counts[total - rank];
	return counts;
}

/** Exact two-sided p: twice P(W ≤ the smaller rank sum), at most 1 (ranks 1..n, no ties). */
function exactSignedRankP(n: number, statistic: number): number {
	const counts = signedRankCounts(n);
	let atMost = 0;
	for (let total = 0; total <= statistic; total += 1) atMost += counts[total];
	return Math.min(1, (2 * atMost) / 2 ** n);
}

/**
 * Wilcoxon signed-rank test of the differences (second − first): zeros dropped; exact when n ≤ 20
 * without ties, else normal with tie and continuity correction.
 */
export function wilcoxonSignedRank(differences: readonly number[]): Wilcoxon {
	const bySize = new Map<number, SignedCount>();
	for (const difference of differences) {
		if (difference === 0) continue;
		const size = Math.abs(difference);
		const count = bySize.get(size) ?? { size, rises: 0, falls: 0 };
		if (difference > 0) count.rises += 1;
		else count.falls += 1;
		bySize.set(size, count);
	}
	return wilcoxonFromCounts([...bySize.values()]);
}

/** How many non-zero differences of one size |d| rose (d > 0) and fell (d < 0). */
export interface SignedCount {
	size: number;
	rises: number;
	falls: number;
}

/**
 * The Wilcoxon signed-rank test from the counts of rises and falls per |difference| (each size
 * once, > 0; zeros already dropped): the average ranks of tied sizes depend only on these counts,
 * so the test is the same as on the differences themselves.
 */
export function wilcoxonFromCounts(counts: readonly SignedCount[]): Wilcoxon {
	const groups = [...counts].sort((a, b) => a.size - b.size);
	if (groups.some((group, index) => index > 0 && group.size === groups[index - 1].size))
		throw new RangeError('Wilcoxon counts: each |d| must be counted once');
	let n = 0;
	let wPlus = 0;
	let ties = 0; // Σ (t³ − t) over the groups of t tied sizes
	for (const { size, rises, falls } of groups) {
		if (!(size > 0) || !Number.isFinite(size) || !isCount(rises) || !isCount(falls))
			throw new RangeError(`Wilcoxon counts: |d| ${size} with ${rises} rises and ${falls} falls`);
		const t = rises + falls;
		wPlus += rises * (n + (t + 1) / 2); // the average of ranks n + 1 … n + t
		ties += t ** 3 - t;
		n += t;
	}
	if (n === 0)
		return {
			n: 0,
			wPlus: 0,
			wMinus: 0,
			statistic: 0,
			z: 0,
			p: 1,
			r: null,
			rankBiserial: null,
			method: 'wilcoxon-exact'
		};
	const total = (n * (n + 1)) / 2;
	const wMinus = total - wPlus;
	const statistic = Math.min(wPlus, wMinus);
	const mean = total / 2;
	const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - ties / 48); // > 0 for any n ≥ 1
	const away = wPlus - mean;
	// The continuity correction moves the statistic half a unit towards the mean, never past it.
	const z = (Math.sign(away) * Math.max(0, Math.abs(away) - 0.5)) / sigma;
	const exact = n <= exactWilcoxonMaxN && ties === 0;
	return {
		n,
		wPlus,
		wMinus,
		statistic,
		z,
		p: exact ? exactSignedRankP(n, statistic) : twoSidedNormalP(z),
		r: Math.abs(away) / sigma / Math.sqrt(n),
		rankBiserial: (wPlus - wMinus) / total,
		method: exact ? 'wilcoxon-exact' : 'wilcoxon-normal-corrected'
	};
}

const isCount = (value: number) => Number.isInteger(value) && value >= 0;
