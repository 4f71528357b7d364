// How far a Delphi panel agrees on the relative order of a round's statements: Kendall's W from
// the panellists' ratings, each panellist's ratings turned into ranks. W rising from one round to
// the next shows the panel converging. Pure functions, no database.
import { kendallW } from '../statistics/kendall.js';
import { averageRanks } from '../statistics/ranks.js';
import type { Rating } from './consensus.js';

/**
 * Schmidt's (1997) reading of W, from his table "Interpretation of Kendall's W": 0.1 very weak
 * agreement, 0.3 weak, 0.5 moderate, 0.7 strong, 0.9 unusually strong (R. C. Schmidt, Managing
 * Delphi surveys using nonparametric statistical techniques, Decision Sciences 28(3), 1997,
 * 763–774). Schmidt gives points, not ranges; each label here starts at its point, so a W earns a
 * label only once it reaches it (0.65 is "moderate", not "strong") and everything below 0.3 is
 * very weak. Schmidt's own stopping advice in a ranking Delphi is W ≥ 0.7, the start of "strong".
 */
export const strengthBands = [
	{ from: 0.9, strength: 'unusually_strong' },
	{ from: 0.7, strength: 'strong' },
	{ from: 0.5, strength: 'moderate' },
	{ from: 0.3, strength: 'weak' },
	{ from: 0, strength: 'very_weak' }
] as const;

export type Strength = (typeof strengthBands)[number]['strength'];

/** Schmidt's label for a W (0 ≤ W ≤ 1). */
export function strengthOf(w: number): Strength {
	// The last band starts at 0, and W is never negative, so a band is always found.
	return strengthBands.find((band) => w >= band.from)!.strength;
}

export interface Concordance {
	/** Panellists included: those who rated every statement of the round. */
	m: number;
	/** Statements the round asked. */
	n: number;
	/** Panellists left out for an unable-to-rate or a missing rating (complete blocks only). */
	leftOut: number;
	/** Null when W is undefined: fewer than 2 statements, fewer than 2 panellists, or all ties. */
	w: number | null;
	/** m(n − 1)W, chi-square with n − 1 degrees of freedom when the panel does not agree. */
	chiSquare: number | null;
	df: number;
	/** From the chi-square approximation, rough for few statements (n < 7) or panellists. */
	p: number | null;
	strength: Strength | null;
}

/**
 * Kendall's W of one round. `ratings` holds one row per panellist who submitted the round, one
 * cell per statement asked (the same statements in the same order in every row): the rating, or
 * null for unable-to-rate or not rated. Only complete rows count (Kendall's W needs every rater
 * to rank the same items), each turned into ranks with ties sharing the average rank; the higher
 * the rating, the higher the rank, though W does not depend on the direction. One panellist
 * always "agrees" with themself (W = 1), so W needs two.
 */
export function roundConcordance(ratings: ReadonlyArray<readonly Rating[]>): Concordance {
	const n = ratings[0]?.length ?? 0;
	if (ratings.some((row) => row.length !== n))
		throw new RangeError('every panellist must have a cell for each statement of the round');
	const complete = ratings.filter((row): row is number[] => row.every((rating) => rating !== null));
	const leftOut = ratings.length - complete.length;
	const m = complete.length;
	const df = Math.max(0, n - 1);
	if (m < 2 || n < 2) return { m, n, leftOut, w: null, chiSquare: null, df, p: null, strength: null };
	const result = kendallW(complete.map((row) => averageRanks(row)));
	return {
		m,
		n,
		leftOut,
		w: result.w,
		chiSquare: result.chiSquare,
		df,
		p: result.p,
		strength: result.w === null ? null : strengthOf(result.w)
	};
}
