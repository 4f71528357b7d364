// Counts, means, standard deviations and pass rates of scores.
import { checkFinite } from './check.js';
import { median } from './quantiles.js';

export const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Arithmetic mean; null for no values. */
export function mean(values: readonly number[]): number | null {
	return values.length === 0 ? null : sum(values) / values.length;
}

/** Sample standard deviation (n − 1 denominator); null for fewer than 2 values. */
export function sampleSd(values: readonly number[]): number | null {
	const average = mean(values);
	if (average === null || values.length < 2) return null;
	return Math.sqrt(sum(values.map((value) => (value - average) ** 2)) / (values.length - 1));
}

export interface Description {
	n: number;
	mean: number | null;
	/** Sample SD (n − 1); null below 2 values. */
	sd: number | null;
	/** Type 7 median; null for no values. */
	median: number | null;
}

/** n, mean, sample SD (n − 1) and median of finite values. */
export function describeScores(values: readonly number[]): Description {
	checkFinite('values', values);
	return { n: values.length, mean: mean(values), sd: sampleSd(values), median: median(values) };
}

export interface PassRate {
	n: number;
	passed: number;
	/** 100 × passed / n; null when n = 0. */
	percent: number | null;
}

/** Pass rate: the share of scores at or above the pass mark, in %. */
export function passRate(scores: readonly number[], passMark: number): PassRate {
	checkFinite('scores', [...scores, passMark]);
	const passed = scores.filter((score) => score >= passMark).length;
	return { n: scores.length, passed, percent: scores.length === 0 ? null : (100 * passed) / scores.length };
}
