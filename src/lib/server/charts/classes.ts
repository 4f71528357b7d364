import { scaleQuantile } from 'd3-scale';
import type { NumberFormat } from './svg.js';

/**
 * Legend classes for maps: equal intervals, quantiles or fixed breaks. Breaks b0 < b1 < … < bk make
 * k classes; class i holds [b_i, b_{i+1}) and the last one [b_{k-1}, b_k], so every value between
 * b0 and bk falls in exactly one class (no gaps, no overlaps). The one exception to "strictly
 * increasing" is a last class holding a single value, [b_k, b_k] (quantiles where the top value is tied).
 */
export type ClassMethod =
	| { method: 'equal-intervals'; classes: number }
	| { method: 'quantiles'; classes: number }
	/** Breaks chosen by the caller; ±Infinity at either end makes an open class ("< 20", "≥ 80"). */
	| { method: 'fixed'; breaks: readonly number[] };

/** Sequential ramps from ColorBrewer 2.0 (Cynthia A. Brewer, colorbrewer2.org; as in d3-scale-chromatic),
 * both marked colour-blind safe there; 3 to 7 classes. */
const ramps = {
	blues: [
		['#deebf7', '#9ecae1', '#3182bd'],
		['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5'],
		['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
		['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'],
		['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594']
	],
	ylgnbu: [
		['#edf8b1', '#7fcdbb', '#2c7fb8'],
		['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
		['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
		['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
		['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84']
	]
} as const;

export type Ramp = keyof typeof ramps;

/** The most classes a legend may have (the ramps' longest scheme). */
export const maxClasses = 7;

/** `count` colours of a ramp, light to dark; one or two classes take colours of the three-class scheme. */
export function rampColours(ramp: Ramp, count: number): string[] {
	if (!Number.isInteger(count) || count < 1 || count > maxClasses)
		throw new RangeError(`a legend has 1 to ${maxClasses} classes, not ${count}`);
	const three = ramps[ramp][0];
	if (count === 1) return [three[1]];
	if (count === 2) return [three[0], three[2]];
	return [...ramps[ramp][count - 3]];
}

/** Breaks computed by float arithmetic, cut to 12 significant digits so 0.1 + 0.2 is a break of 0.3. */
const tidy = (value: number) => Number(value.toPrecision(12));

/**
 * The breaks of `values` (finite numbers) by `method`: none for no values, [v, v] (one class) when
 * all values are equal.
 */
export function classBreaks(values: readonly number[], method: ClassMethod): number[] {
	if (method.method === 'fixed') return checkedFixedBreaks(method.breaks);
	if (!Number.isInteger(method.classes) || method.classes < 1 || method.classes > maxClasses)
		throw new RangeError(`a legend has 1 to ${maxClasses} classes, not ${method.classes}`);
	const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
	if (sorted.length === 0) return [];
	const min = sorted[0];
	const max = sorted[sorted.length - 1];
	if (min === max) return [min, max];
	const k = method.classes;
	if (method.method === 'equal-intervals')
		return Array.from({ length: k + 1 }, (_, i) => (i === k ? max : tidy(min + ((max - min) * i) / k)));
	return quantileBreaks(sorted, k);
}

/**
 * Quantile breaks (d3-scale's quantiles, R-7). Ties can put a quantile on a value already a lower
 * break, which would leave an empty class: such a break moves up to the next distinct value, and
 * is dropped when there is none (fewer classes than asked).
 */
function quantileBreaks(sorted: number[], k: number): number[] {
	const thresholds = scaleQuantile<number>()
		.domain(sorted)
		.range(Array.from({ length: k }, (_, i) => i))
		.quantiles();
	const breaks = [sorted[0]];
	for (const threshold of thresholds) {
		const previous = breaks[breaks.length - 1];
		const value = threshold > previous ? threshold : sorted.find((v) => v > previous);
		if (value !== undefined) breaks.push(value);
	}
	breaks.push(sorted[sorted.length - 1]);
	return breaks;
}

function checkedFixedBreaks(breaks: readonly number[]): number[] {
	if (breaks.length < 2 || breaks.length > maxClasses + 1)
		throw new RangeError(`fixed breaks make 1 to ${maxClasses} classes: give 2 to ${maxClasses + 1} numbers`);
	breaks.forEach((value, i) => {
		if (Number.isNaN(value) || (i > 0 && !(value > breaks[i - 1])))
			throw new RangeError(`fixed breaks must increase strictly: ${breaks.join(', ')}`);
	});
	return [...breaks];
}

/** The class of `value`: i when b_i ≤ value < b_{i+1}, the last when value = b_k, none outside. */
export function classIndex(value: number, breaks: readonly number[]): number | undefined {
	const last = breaks.length - 2;
	if (last < 0 || !(value >= breaks[0] && value <= breaks[breaks.length - 1])) return undefined;
	for (let i = 0; i < last; i++) if (value < breaks[i + 1]) return i;
	return last;
}

export type LegendClass = {
	lower: number;
	upper: number;
	/** Whether `upper` belongs to the class (the last class only). */
	closed: boolean;
	colour: string;
	/** The range in words, e.g. "60 – < 70": the colour is never the only carrier of meaning. */
	text: string;
	/** How many of the values fall in it. */
	count: number;
};

export type Legend = {
	classes: LegendClass[];
	/** The class of a value; a value outside fixed breaks is refused (say ±Infinity at the ends). */
	classOf(value: number): LegendClass;
};

/** The default range text: "a – < b", the last class "a – b", a one-value class "a", open ends "< b", "≥ a". */
export function defaultRangeText(
	format: NumberFormat
): (lower: number, upper: number, closed: boolean) => string {
	return (lower, upper, closed) => {
		if (lower === -Infinity) return closed ? `≤ ${format(upper)}` : `< ${format(upper)}`;
		if (upper === Infinity) return `≥ ${format(lower)}`;
		if (lower === upper) return format(lower);
		return closed ? `${format(lower)} – ${format(upper)}` : `${format(lower)} – < ${format(upper)}`;
	};
}

/** The legend of `values`: its classes (range, colour, count), and the class of any value. */
export function buildLegend(
	values: readonly number[],
	options: {
		method: ClassMethod;
		format: NumberFormat;
		ramp?: Ramp;
		rangeText?: (lower: number, upper: number, closed: boolean) => string;
	}
): Legend {
	const breaks = classBreaks(values, options.method);
	const count = breaks.length - 1;
	const colours = count > 0 ? rampColours(options.ramp ?? 'blues', count) : [];
	const rangeText = options.rangeText ?? defaultRangeText(options.format);
	const classes: LegendClass[] = colours.map((colour, i) => {
		const closed = i === count - 1;
		return {
			lower: breaks[i],
			upper: breaks[i + 1],
			closed,
			colour,
			text: rangeText(breaks[i], breaks[i + 1], closed),
			count: 0
		};
	});
	const classOf = (value: number) => {
		const index = classIndex(value, breaks);
		if (index === undefined)
			throw new RangeError(`${value} is outside the legend's breaks (${breaks.join(', ') || 'none'})`);
		return classes[index];
	};
	for (const value of values) if (Number.isFinite(value)) classOf(value).count++;
	return { classes, classOf };
}
