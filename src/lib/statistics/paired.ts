// The same people measured twice: who has both scores, and the paired t-test of the differences.
import { checkFinite } from './check.js';
import { mean, sampleSd } from './descriptive.js';
import { studentQuantile, studentTwoSidedP } from './incomplete-beta.js';

/** One person's [first, second] scores (pre and post, or post and follow-up). */
export type Pair = readonly [first: number, second: number];

/** The people in every one of `measures` (e.g. pre, post, follow-up), their scores in that order. */
export function matchPeople<K>(measures: ReadonlyArray<ReadonlyMap<K, number>>): number[][] {
	const [first, ...others] = measures;
	if (first === undefined) return [];
	const rows: number[][] = [];
	for (const [person, score] of first) {
		const later = others.map((measure) => measure.get(person));
		if (later.every((value) => value !== undefined)) rows.push([score, ...(later as number[])]);
	}
	return rows;
}

export interface Pairing {
	pairs: Pair[];
	/** People with the first score only, and with the second only (attrition). */
	firstOnly: number;
	secondOnly: number;
}

/** Pairs: the people with both scores; the first-only and second-only counted. */
export function pairUp<K>(first: ReadonlyMap<K, number>, second: ReadonlyMap<K, number>): Pairing {
	const pairs = matchPeople([first, second]).map(([a, b]) => [a, b] as const);
	return { pairs, firstOnly: first.size - pairs.length, secondOnly: second.size - pairs.length };
}

export interface PairedT {
	n: number;
	/** Mean and sample SD of the differences second − first; null when n = 0 (SD: n < 2). */
	meanDifference: number | null;
	sdDifference: number | null;
	df: number | null;
	/** Null when undefined: fewer than 2 pairs, or all differences equal (SD 0, up to rounding). */
	t: number | null;
	/** Two-sided. */
	p: number | null;
	/** 95 % confidence interval of the mean difference (Student t quantile). */
	ci95: readonly [low: number, high: number] | null;
	/** Cohen's dz = mean difference / SD of the differences. */
	cohenDz: number | null;
	method: 'paired-t';
}

/**
 * Paired t-test of second − first: two-sided p, 95 % CI of the mean difference from Student's t,
 * Cohen's dz = mean d / SD d; t, p, CI and dz null below 2 pairs or when the differences do not vary.
 */
export function pairedT(pairs: readonly Pair[]): PairedT {
	checkFinite(
		'first scores of the pairs',
		pairs.map(([first]) => first)
	);
	checkFinite(
		'second scores of the pairs',
		pairs.map(([, second]) => second)
	);
	const differences = pairs.map(([first, second]) => second - first);
	const largest = differences.reduce((most, difference) => Math.max(most, Math.abs(difference)), 0);
	return pairedTOf(differences.length, mean(differences), sampleSd(differences), largest);
}

/**
 * The paired t-test from a summary of the n differences: their mean, sample SD and largest |d|
 * (null mean and SD when there are too few). Differences whose SD is at most 1e-12 × the largest
 * |d| are equal up to floating-point rounding (0.3 − 0.2 ≠ 1.3 − 1.2): they do not vary.
 */
export function pairedTOf(
	n: number,
	meanDifference: number | null,
	sdDifference: number | null,
	largestDifference: number
): PairedT {
	const constant = sdDifference !== null && sdDifference <= 1e-12 * largestDifference;
	const base = { n, meanDifference, method: 'paired-t' } as const;
	if (meanDifference === null || sdDifference === null || constant)
		return {
			...base,
			sdDifference: n > 1 ? 0 : null,
			df: n > 1 ? n - 1 : null,
			t: null,
			p: null,
			ci95: null,
			cohenDz: null
		};
	const df = n - 1;
	const standardError = sdDifference / Math.sqrt(n);
	const t = meanDifference / standardError;
	const margin = studentQuantile(0.975, df) * standardError;
	return {
		...base,
		sdDifference,
		df,
		t,
		p: studentTwoSidedP(t, df),
		ci95: [meanDifference - margin, meanDifference + margin],
		cohenDz: meanDifference / sdDifference
	};
}
