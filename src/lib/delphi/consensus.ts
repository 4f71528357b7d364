// Statistics of a Delphi round: how a panel rated one statement, whether that reaches consensus
// under the study's rule, how stable the ratings were from one round to the next (Wilcoxon
// signed-rank) and how far panellists agree on a ranking (Kendall's W). Pure functions, no database.
import { scales, type ConsensusRule, type ScaleKind } from './rule.js';

/** A panellist's rating; null when they answered "unable to rate". */
export type Rating = number | null;

export type Band = 'low' | 'mid' | 'high';
export type Outcome = 'in' | 'out' | 'none';

export interface Summary {
	/** Everyone who answered, unable-to-rate included. */
	nResponses: number;
	/** Those who gave a rating: the base of every share and statistic below. */
	nRated: number;
	nUnable: number;
	/** Ratings per scale point, index = point − scale minimum. */
	counts: number[];
	bandCounts: Record<Band, number>;
	/** Fractions of rated answers; all 0 when nobody rated. */
	shares: Record<Band, number>;
	/** Null when nobody rated. */
	median: number | null;
	q1: number | null;
	q3: number | null;
	iqr: number | null;
}

// ---------------------------------------------------------------------------------------------
// Quantiles

const ascending = (values: readonly number[]) => [...values].sort((a, b) => a - b);

/**
 * The p-quantile by the "inclusive" linear interpolation method (Hyndman & Fan type 7: R's default
 * `quantile`, Excel QUARTILE.INC): position h = (n − 1)·p in the sorted values, interpolated
 * between its neighbours. With p a multiple of ¼ the result on integer ratings is exact in binary.
 */
function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
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

// ---------------------------------------------------------------------------------------------
// One statement in one round

/** The ratings given, unable-to-rate left out; a rating off the scale is a bug upstream, so it throws. */
function ratedOn(ratings: readonly Rating[], kind: ScaleKind): number[] {
	const { min, max } = scales[kind];
	const rated = ratings.filter((rating): rating is number => rating !== null);
	for (const rating of rated)
		if (!Number.isInteger(rating) || rating < min || rating > max)
			throw new RangeError(`rating ${rating} is not a point of the ${min}–${max} scale`);
	return rated;
}

/** How many rated each point of the scale (index = point − minimum); unable-to-rate not counted. */
export function distribution(ratings: readonly Rating[], kind: ScaleKind): number[] {
	const { min, max } = scales[kind];
	const counts = new Array<number>(max - min + 1).fill(0);
	for (const rating of ratedOn(ratings, kind)) counts[rating - min] += 1;
	return counts;
}

function bandCountsOf(rated: readonly number[], kind: ScaleKind): Record<Band, number> {
	const { bands } = scales[kind];
	const inBand = (band: Band) =>
		rated.filter((rating) => rating >= bands[band][0] && rating <= bands[band][1]).length;
	return { low: inBand('low'), mid: inBand('mid'), high: inBand('high') };
}

function sharesOf(counts: Record<Band, number>, nRated: number): Record<Band, number> {
	if (nRated === 0) return { low: 0, mid: 0, high: 0 };
	return { low: counts.low / nRated, mid: counts.mid / nRated, high: counts.high / nRated };
}

/** Shares of rated answers in each band (unable-to-rate excluded); all 0 when nobody rated. */
export function bandShares(ratings: readonly Rating[], kind: ScaleKind): Record<Band, number> {
	const rated = ratedOn(ratings, kind);
	return sharesOf(bandCountsOf(rated, kind), rated.length);
}

/** Everything the results page and the consensus rule need about one statement in one round. */
export function summarise(ratings: readonly Rating[], kind: ScaleKind): Summary {
	// Called for every statement and group of a round (thousands when a round closes): the ratings
	// are checked, counted and sorted once each.
	const rated = ratedOn(ratings, kind);
	const { min, max, bands } = scales[kind];
	const counts = new Array<number>(max - min + 1).fill(0);
	for (const rating of rated) counts[rating - min] += 1;
	const inBand = (band: Band) => counts.slice(bands[band][0] - min, bands[band][1] - min + 1).reduce(add, 0);
	const bandCounts = { low: inBand('low'), mid: inBand('mid'), high: inBand('high') };
	const sorted = Float64Array.from(rated).sort();
	const quantile = (p: number) => (sorted.length === 0 ? null : quantileOfSorted(sorted, p));
	const q1 = quantile(0.25);
	const q3 = quantile(0.75);
	return {
		nResponses: ratings.length,
		nRated: rated.length,
		nUnable: ratings.length - rated.length,
		counts,
		bandCounts,
		shares: sharesOf(bandCounts, rated.length),
		median: quantile(0.5),
		q1,
		q3,
		iqr: q1 === null || q3 === null ? null : q3 - q1
	};
}

const add = (a: number, b: number) => a + b;

/**
 * Whether the summary meets the rule's IN and OUT conditions, each on its own. Shares are compared
 * as whole numbers (100 × count against percent × rated), so exactly 70 % meets a 70 % threshold.
 * Too few rated answers (below `minRated`, or none) meet neither.
 */
export function conditions(summary: Summary, rule: ConsensusRule): { in: boolean; out: boolean } {
	const n = summary.nRated;
	if (n === 0 || n < rule.minRated) return { in: false, out: false };
	if (rule.kind === 'bands') {
		const atLeast = (count: number, percent: number) => 100 * count >= percent * n;
		const atMost = (count: number, percent: number) => 100 * count <= percent * n;
		const { low, high } = summary.bandCounts;
		return {
			in: atLeast(high, rule.inMinHigh) && atMost(low, rule.inMaxLow),
			out: atLeast(low, rule.outMinLow) && atMost(high, rule.outMaxHigh)
		};
	}
	// n > 0, so the median and IQR exist
	const median = summary.median as number;
	const narrow = (summary.iqr as number) <= rule.maxIqr;
	return { in: narrow && median >= rule.inMinMedian, out: narrow && median <= rule.outMaxMedian };
}

/**
 * The consensus outcome for one statement. A valid rule can never meet both conditions (the schema
 * refuses overlapping thresholds); should an unchecked one do so, nothing is decided.
 */
export function outcome(summary: Summary, rule: ConsensusRule): Outcome {
	const met = conditions(summary, rule);
	if (met.in === met.out) return 'none';
	return met.in ? 'in' : 'out';
}

// ---------------------------------------------------------------------------------------------
// Ranks and the normal distribution

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
function tieSum(values: readonly number[]): number {
	const sizes = new Map<number, number>();
	for (const value of values) sizes.set(value, (sizes.get(value) ?? 0) + 1);
	let sum = 0;
	for (const t of sizes.values()) sum += t ** 3 - t;
	return sum;
}

/**
 * erfc(x), Chebyshev fit of Numerical Recipes (`erfcc`): relative error below 1.2e-7 everywhere,
 * which keeps small tail probabilities accurate too (1 − erf(x) would lose them).
 */
function erfc(x: number): number {
	const z = Math.abs(x);
	const t = 1 / (1 + 0.5 * z);
	const poly =
		-z * z -
		1.26551223 +
		t *
			(1.00002368 +
				t *
					(0.37409196 +
						t *
							(0.09678418 +
								t *
									(-0.18628806 +
										t *
											(0.27886807 +
												t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
	const value = t * Math.exp(poly);
	return x >= 0 ? value : 2 - value;
}

/** P(Z ≤ z) for a standard normal Z. */
export function normalCdf(z: number): number {
	return 0.5 * erfc(-z / Math.SQRT2);
}

/** P(Z ≥ |z|) twice: the two-sided p-value of a standard normal statistic. */
const twoSidedNormalP = (z: number) => Math.min(1, erfc(Math.abs(z) / Math.SQRT2));

/**
 * P(X ≥ x) for X chi-square with `df` degrees of freedom (whole df ≥ 1), by the closed forms of the
 * upper incomplete gamma at whole and half-whole shapes (Abramowitz & Stegun 26.4.4–26.4.5).
 */
export function chiSquareSurvival(x: number, df: number): number {
	if (x <= 0) return 1;
	if (df % 2 === 0) {
		// e^(−x/2) Σ_{k<df/2} (x/2)^k / k!
		let term = 1;
		let sum = 1;
		for (let k = 1; k < df / 2; k += 1) {
			term *= x / 2 / k;
			sum += term;
		}
		return Math.min(1, Math.exp(-x / 2) * sum);
	}
	// 2·Q(√x) + 2·φ(√x) Σ_{j=1}^{(df−1)/2} x^(j−½) / (1·3·…·(2j−1))
	const root = Math.sqrt(x);
	const density = Math.exp(-x / 2) / Math.sqrt(2 * Math.PI);
	let term = root;
	let sum = 0;
	for (let j = 1; j <= (df - 1) / 2; j += 1) {
		if (j > 1) term *= x / (2 * j - 1);
		sum += term;
	}
	return Math.min(1, erfc(root / Math.SQRT2) + 2 * density * sum);
}

// ---------------------------------------------------------------------------------------------
// Stability between two rounds

export interface Wilcoxon {
	/** Non-zero differences: zero differences are dropped (Wilcoxon's original method). */
	n: number;
	/** Rank sums of the rises and the falls; wPlus + wMinus = n(n + 1)/2. */
	wPlus: number;
	wMinus: number;
	/** min(wPlus, wMinus), the statistic of the two-sided test. */
	statistic: number;
	/**
	 * Normal approximation of wPlus, signed (positive when ratings rose), with tie and continuity
	 * correction: (wPlus − n(n+1)/4 ∓ ½) / σ, σ² = n(n+1)(2n+1)/24 − Σ(t³ − t)/48; 0 when n = 0.
	 */
	z: number;
	/** Two-sided p-value; 1 when n = 0. */
	p: number;
	/**
	 * 'exact' for n ≤ 20 with no tied |differences| (the null distribution of wPlus enumerated, as
	 * R's wilcox.test does), 'normal' otherwise (the z above, as R's wilcox.test with
	 * correct = TRUE). Rating scales tie often, so the normal method is the common case.
	 */
	method: 'exact' | 'normal';
}

export interface Stability {
	/** Panellists who rated in both rounds (unable-to-rate in either round leaves them out). */
	nPaired: number;
	/** Of those, how many changed their rating. */
	nChanged: number;
	/** nChanged / nPaired; 0 when nobody is paired. */
	shareChanged: number;
	wilcoxon: Wilcoxon;
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

/** Wilcoxon signed-rank test of the differences (second − first); see `Wilcoxon` for the method. */
export function wilcoxonSignedRank(differences: readonly number[]): Wilcoxon {
	const nonZero = differences.filter((difference) => difference !== 0);
	const n = nonZero.length;
	if (n === 0) return { n: 0, wPlus: 0, wMinus: 0, statistic: 0, z: 0, p: 1, method: 'exact' };
	const sizes = nonZero.map(Math.abs);
	const ranks = averageRanks(sizes);
	let wPlus = 0;
	nonZero.forEach((difference, index) => {
		if (difference > 0) wPlus += ranks[index];
	});
	const wMinus = (n * (n + 1)) / 2 - wPlus;
	const statistic = Math.min(wPlus, wMinus);
	const ties = tieSum(sizes);
	const mean = (n * (n + 1)) / 4;
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
		method: exact ? 'exact' : 'normal'
	};
}

/**
 * How much one statement's ratings moved between two rounds, from [earlier, later] pairs of the
 * same panellists. Pairs with an unable-to-rate on either side are left out.
 */
export function stability(pairs: ReadonlyArray<readonly [Rating, Rating]>): Stability {
	const paired = pairs.filter(
		(pair): pair is readonly [number, number] => pair[0] !== null && pair[1] !== null
	);
	const differences = paired.map(([earlier, later]) => later - earlier);
	const nChanged = differences.filter((difference) => difference !== 0).length;
	return {
		nPaired: paired.length,
		nChanged,
		shareChanged: paired.length === 0 ? 0 : nChanged / paired.length,
		wilcoxon: wilcoxonSignedRank(differences)
	};
}

// ---------------------------------------------------------------------------------------------
// Agreement on a ranking

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
