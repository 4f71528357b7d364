import { describe, expect, it } from 'vitest';
import { quarterEnd, quarterOf, quarterStart, quartersBetween } from './quarters.js';

describe('calendar quarters', () => {
	it('holds each date in its quarter, from its first to its last day', () => {
		expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-09-30', '2026-12-31'].map(quarterOf)).toEqual([
			'2026Q1',
			'2026Q1',
			'2026Q2',
			'2026Q3',
			'2026Q4'
		]);
		expect(['2028Q1', '2026Q2', '2026Q3', '2026Q4'].map((q) => [quarterStart(q), quarterEnd(q)])).toEqual([
			['2028-01-01', '2028-03-31'],
			['2026-04-01', '2026-06-30'],
			['2026-07-01', '2026-09-30'],
			['2026-10-01', '2026-12-31']
		]);
		expect(() => quarterStart('2026Q5')).toThrow(RangeError);
	});

	it('lists the quarters a span of dates covers, across years', () => {
		expect(quartersBetween('2025-11-15', '2026-04-01')).toEqual(['2025Q4', '2026Q1', '2026Q2']);
		expect(quartersBetween('2026-02-01', '2026-02-28')).toEqual(['2026Q1']);
		expect(quartersBetween('2026-07-01', '2026-01-01')).toEqual([]);
	});
});
