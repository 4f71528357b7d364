import { describe, expect, it } from 'vitest';
import { buildLegend, classBreaks, classIndex, rampColours } from './classes.js';

const format = (value: number) => String(value);

/** Every value in [first break, last break] falls in exactly one class of `breaks`. */
function classesHolding(value: number, breaks: number[]): number[] {
	const k = breaks.length - 1;
	return breaks
		.slice(0, -1)
		.map((lower, i) => i)
		.filter((i) => value >= breaks[i] && (value < breaks[i + 1] || (i === k - 1 && value === breaks[k])));
}

describe('classBreaks', () => {
	it('cuts equal intervals from the smallest to the largest value', () => {
		expect(classBreaks([0, 3, 10, 7], { method: 'equal-intervals', classes: 5 })).toEqual([
			0, 2, 4, 6, 8, 10
		]);
	});

	it('keeps decimal breaks exact (0.1 to 0.7 in thirds breaks at 0.3 and 0.5)', () => {
		const breaks = classBreaks([0.1, 0.7], { method: 'equal-intervals', classes: 3 });
		expect(breaks).toEqual([0.1, 0.3, 0.5, 0.7]);
		expect(classIndex(0.3, breaks)).toBe(1);
	});

	it('puts a value on a break in the upper class and the maximum in the last class', () => {
		const breaks = [0, 10, 20, 30];
		expect(classIndex(0, breaks)).toBe(0);
		expect(classIndex(9.999, breaks)).toBe(0);
		expect(classIndex(10, breaks)).toBe(1);
		expect(classIndex(20, breaks)).toBe(2);
		expect(classIndex(30, breaks)).toBe(2);
		expect(classIndex(-0.001, breaks)).toBeUndefined();
		expect(classIndex(30.001, breaks)).toBeUndefined();
		expect(classIndex(Number.NaN, breaks)).toBeUndefined();
	});

	it('leaves no gap and no overlap between classes, for every method', () => {
		const values = [12, 15, 15, 15, 22, 37, 41, 41, 58, 60, 73, 88, 88, 99];
		for (const method of [
			{ method: 'equal-intervals', classes: 4 },
			{ method: 'quantiles', classes: 5 },
			{ method: 'fixed', breaks: [0, 25, 50, 75, 100] }
		] as const) {
			const breaks = classBreaks(values, method);
			for (const value of [...values, ...breaks]) expect(classesHolding(value, breaks)).toHaveLength(1);
			for (const value of values) expect(classIndex(value, breaks)).toBe(classesHolding(value, breaks)[0]);
		}
	});

	it('makes one class holding the value when all values are equal, or there is one value', () => {
		expect(classBreaks([42, 42, 42], { method: 'equal-intervals', classes: 5 })).toEqual([42, 42]);
		expect(classBreaks([42, 42, 42], { method: 'quantiles', classes: 5 })).toEqual([42, 42]);
		expect(classBreaks([7], { method: 'quantiles', classes: 4 })).toEqual([7, 7]);
		expect(classIndex(7, [7, 7])).toBe(0);
	});

	it('makes no class for no values (infinite and NaN values do not count)', () => {
		expect(classBreaks([], { method: 'equal-intervals', classes: 5 })).toEqual([]);
		expect(classBreaks([Number.NaN, Infinity], { method: 'quantiles', classes: 5 })).toEqual([]);
		expect(classIndex(1, [])).toBeUndefined();
	});

	it('cuts quantiles as d3-scale does (R-7) when values are distinct', () => {
		// R-7 quartiles of 1..9 are 3, 5 and 7.
		expect(classBreaks([9, 1, 2, 3, 4, 5, 6, 7, 8], { method: 'quantiles', classes: 4 })).toEqual([
			1, 3, 5, 7, 9
		]);
	});

	it('moves a quantile that ties with a lower break up to the next value, so no class is empty', () => {
		// Every quartile of 1, 1, 1, 1, 5 is 1: the ones get a class and the five its own.
		const breaks = classBreaks([1, 1, 1, 1, 5], { method: 'quantiles', classes: 4 });
		expect(breaks).toEqual([1, 5, 5]);
		expect(classIndex(1, breaks)).toBe(0);
		expect(classIndex(5, breaks)).toBe(1);
		// Ties at the top: the median is 5, the top class holds the fives only.
		const top = classBreaks([1, 5, 5, 5, 5], { method: 'quantiles', classes: 2 });
		expect(top).toEqual([1, 5, 5]);
		expect([1, 5, 5, 5, 5].map((v) => classIndex(v, top))).toEqual([0, 1, 1, 1, 1]);
	});

	it('refuses fixed breaks that do not increase, and counts of classes the ramps do not have', () => {
		expect(() => classBreaks([1], { method: 'fixed', breaks: [0, 10, 10, 20] })).toThrow(/increase strictly/);
		expect(() => classBreaks([1], { method: 'fixed', breaks: [5] })).toThrow(RangeError);
		expect(() => classBreaks([1, 2], { method: 'quantiles', classes: 0 })).toThrow(RangeError);
		expect(() => classBreaks([1, 2], { method: 'equal-intervals', classes: 8 })).toThrow(RangeError);
		expect(() => rampColours('blues', 9)).toThrow(RangeError);
	});
});

describe('buildLegend', () => {
	it('writes each class as text beside its colour and counts its values', () => {
		const legend = buildLegend([55, 62, 70, 70, 91], {
			method: { method: 'fixed', breaks: [50, 60, 70, 80, 100] },
			format
		});
		expect(legend.classes.map((c) => [c.text, c.colour, c.count])).toEqual([
			['50 – < 60', '#eff3ff', 1],
			['60 – < 70', '#bdd7e7', 1],
			['70 – < 80', '#6baed6', 2],
			['80 – 100', '#2171b5', 1]
		]);
		expect(legend.classOf(70).text).toBe('70 – < 80');
		expect(legend.classOf(100).text).toBe('80 – 100');
	});

	it('writes open ends and a one-value class plainly', () => {
		const open = buildLegend([5, 95], {
			method: { method: 'fixed', breaks: [-Infinity, 20, Infinity] },
			format
		});
		expect(open.classes.map((c) => c.text)).toEqual(['< 20', '≥ 20']);
		const one = buildLegend([3, 3], { method: { method: 'quantiles', classes: 5 }, format, ramp: 'ylgnbu' });
		expect(one.classes.map((c) => [c.text, c.colour, c.count])).toEqual([['3', '#7fcdbb', 2]]);
	});

	it('refuses a value outside fixed breaks rather than colouring it wrongly', () => {
		expect(() => buildLegend([120], { method: { method: 'fixed', breaks: [0, 50, 100] }, format })).toThrow(
			/outside the legend/
		);
	});

	it('has no class for no values', () => {
		expect(buildLegend([], { method: { method: 'quantiles', classes: 5 }, format }).classes).toEqual([]);
	});

	it("takes the caller's words for ranges", () => {
		const legend = buildLegend([0, 10], {
			method: { method: 'equal-intervals', classes: 2 },
			format,
			rangeText: (lower, upper, closed) => `de ${lower} à ${closed ? '' : 'moins de '}${upper}`
		});
		expect(legend.classes.map((c) => c.text)).toEqual(['de 0 à moins de 5', 'de 5 à 10']);
	});
});
