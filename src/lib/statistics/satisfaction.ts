// Summary of one satisfaction item rated on a scale such as 1–5.
import { mean } from './descriptive.js';
import { median } from './quantiles.js';

export interface SatisfactionSummary {
	n: number;
	mean: number | null;
	median: number | null;
	/** Share of ratings in the two highest points of the scale, in %; null when n = 0. */
	topTwoBoxPercent: number | null;
	method: 'top-two-box';
}

/** n, mean, median (type 7) and top-two-box % (the two highest points) of whole ratings on min–max. */
export function satisfactionSummary(
	ratings: readonly number[],
	scale: { min: number; max: number } = { min: 1, max: 5 }
): SatisfactionSummary {
	const problems = ratings.flatMap((rating, index) =>
		Number.isInteger(rating) && rating >= scale.min && rating <= scale.max
			? []
			: [`#${index + 1} is ${rating}, not a point of the ${scale.min}–${scale.max} scale`]
	);
	if (problems.length > 0) throw new RangeError(`ratings: ${problems.join('; ')}`);
	const top = ratings.filter((rating) => rating >= scale.max - 1).length;
	return {
		n: ratings.length,
		mean: mean(ratings),
		median: median(ratings),
		topTwoBoxPercent: ratings.length === 0 ? null : (100 * top) / ratings.length,
		method: 'top-two-box'
	};
}
