import { describe, expect, it } from 'vitest';
import { itemAnalysis, mcNemar } from './items.js';

describe('item analysis', () => {
	it('leaves undefined figures null: an item everyone got right, totals that do not vary', () => {
		const result = itemAnalysis(
			[
				[1, 1],
				[1, 0],
				[1, 1],
				[1, 0]
			],
			[1, 1]
		);
		expect(result.items[0]).toEqual({
			facilityPercent: 100,
			sd: 0,
			discriminationIndex: null,
			discriminativeEfficiencyPercent: null
		});
		expect(result.items[1].facilityPercent).toBe(50);
		const flat = itemAnalysis(
			[
				[1, 0],
				[0, 1]
			],
			[1, 1]
		);
		expect(flat).toMatchObject({ sdTotal: 0, cicPercent: null, standardError: null, skewness: null });
	});

	it('scores partial marks against each item’s maximum', () => {
		const result = itemAnalysis(
			[
				[2, 0.5],
				[1, 1],
				[0, 0]
			],
			[2, 1]
		);
		expect(result.items.map((item) => item.facilityPercent)).toEqual([50, 50]);
		expect(result.meanTotal).toBe(1.5);
	});

	it('has no figures for no attempts', () => {
		expect(itemAnalysis([], [1, 1])).toMatchObject({ nAttempts: 0, meanTotal: null, cicPercent: null });
	});

	it('refuses a mark above the item’s maximum and a row of the wrong length', () => {
		expect(() => itemAnalysis([[1, 2]], [1, 1])).toThrow('marks of item 2: #1 is 2, above the maximum 1');
		expect(() => itemAnalysis([[1, 0], [1]], [1, 1])).toThrow('attempt #2 has 1 marks for 2 items');
	});
});

describe('McNemar', () => {
	it('is p = 1 without discordant pairs, and symmetric', () => {
		expect(mcNemar([[true, true]]).p).toBe(1);
		expect(mcNemar([]).p).toBe(1);
		const forward = mcNemar([
			[false, true],
			[false, true],
			[true, false]
		]);
		const backward = mcNemar([
			[true, false],
			[true, false],
			[false, true]
		]);
		expect(forward.p).toBeCloseTo(1, 12); // 2 × P(X ≤ 1 | n = 3) = 2 × 4/8, capped at 1
		expect(backward.p).toBe(forward.p);
	});
});
