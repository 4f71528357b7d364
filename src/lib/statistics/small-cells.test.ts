import { expect, it } from 'vitest';
import { satisfactionSummary } from './satisfaction.js';
import { disclosure } from './small-cells.js';

it('hides n < 5 and shows n < 10 descriptively only', () => {
	expect([0, 4, 5, 9, 10, 500].map(disclosure)).toEqual([
		'hidden',
		'hidden',
		'descriptive',
		'descriptive',
		'full',
		'full'
	]);
});

it('summarises satisfaction, refusing ratings off the scale', () => {
	expect(satisfactionSummary([])).toEqual({
		n: 0,
		mean: null,
		median: null,
		topTwoBoxPercent: null,
		method: 'top-two-box'
	});
	expect(satisfactionSummary([6, 7], { min: 0, max: 7 }).topTwoBoxPercent).toBe(100);
	expect(() => satisfactionSummary([5, 6, 4.5])).toThrow(
		'ratings: #2 is 6, not a point of the 1–5 scale; #3 is 4.5, not a point of the 1–5 scale'
	);
});
