// Statistics of a Delphi round: how a panel rated one statement, whether that reaches consensus
// under the study's rule and how stable the ratings were from one round to the next (Wilcoxon
// signed-rank, from lib/statistics). Pure functions, no database.
import { quantileOfSorted } from '../statistics/quantiles.js';
import { wilcoxonSignedRank, type Wilcoxon } from '../statistics/wilcoxon.js';
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
// Stability between two rounds

export interface Stability {
	/** Panellists who rated in both rounds (unable-to-rate in either round leaves them out). */
	nPaired: number;
	/** Of those, how many changed their rating. */
	nChanged: number;
	/** nChanged / nPaired; 0 when nobody is paired. */
	shareChanged: number;
	wilcoxon: Wilcoxon;
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
