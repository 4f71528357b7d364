import { describe, expect, it } from 'vitest';
import { loadFigures, weightFigures } from './figures.js';
import type { Goal } from './report.js';

const ceiling = { requestsPerSecond: 2000, p95Ms: 10, requests: 20_000 };

describe('figures of a load', () => {
	it('are the throughput and the p95, each beside the ceiling’s, with their goals', () => {
		const goals: { requestsPerSecond: Goal; p95: Goal } = {
			requestsPerSecond: { of: 'ceiling', comparison: '>=', target: 0.4 },
			p95: { of: 'value', comparison: '<', target: 50 }
		};
		const figures = loadFigures(
			'Registration',
			{ requestsPerSecond: 900, p95Ms: 31, requests: 9000 },
			ceiling,
			goals
		);
		expect(figures).toEqual([
			{
				name: 'Registration: requests per second',
				value: 900,
				unit: 'req/s',
				ceiling: 2000,
				goal: goals.requestsPerSecond
			},
			{ name: 'Registration: p95 latency', value: 31, unit: 'ms', ceiling: 10, goal: goals.p95 }
		]);
	});

	it('may have no goal', () => {
		const figures = loadFigures('Home page', { requestsPerSecond: 1, p95Ms: 2, requests: 3 }, ceiling);
		expect(figures.map((figure) => figure.goal)).toEqual([undefined, undefined]);
	});
});

describe('figures of a page’s weight', () => {
	it('are its bytes and its requests', () => {
		const goals: { bytes: Goal; requests: Goal } = {
			bytes: { of: 'value', comparison: '<=', target: 51_200 },
			requests: { of: 'value', comparison: '<=', target: 6 }
		};
		const weight = { bytes: 20_000, requests: 3, resources: [] };
		expect(weightFigures('Event page', weight, goals)).toEqual([
			{ name: 'Event page: first-load transfer', value: 20_000, unit: 'bytes', goal: goals.bytes },
			{ name: 'Event page: first-load requests', value: 3, unit: 'requests', goal: goals.requests }
		]);
	});
});
