// The figures most scenarios report: a load's throughput and p95 beside the ceiling's, and a page's
// first-load weight.
import type { LoadResult } from './load.js';
import type { PageWeight } from './page-weight.js';
import type { Figure, Goal } from './report.js';

/** Requests per second and p95 latency of `measured`, each beside the ceiling's. */
export function loadFigures(
	name: string,
	measured: LoadResult,
	ceiling: LoadResult,
	goals?: { requestsPerSecond: Goal; p95: Goal }
): Figure[] {
	return [
		{
			name: `${name}: requests per second`,
			value: measured.requestsPerSecond,
			unit: 'req/s',
			ceiling: ceiling.requestsPerSecond,
			goal: goals?.requestsPerSecond
		},
		{
			name: `${name}: p95 latency`,
			value: measured.p95Ms,
			unit: 'ms',
			ceiling: ceiling.p95Ms,
			goal: goals?.p95
		}
	];
}

/** Bytes transferred and requests made by a page's first load. */
export function weightFigures(
	name: string,
	weight: PageWeight,
	goals: { bytes: Goal; requests: Goal }
): Figure[] {
	return [
		{ name: `${name}: first-load transfer`, value: weight.bytes, unit: 'bytes', goal: goals.bytes },
		{ name: `${name}: first-load requests`, value: weight.requests, unit: 'requests', goal: goals.requests }
	];
}
