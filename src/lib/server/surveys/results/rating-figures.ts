// A rating question's satisfaction figures (n, mean, median, top-two-box) from its counts per point,
// under the small-cell rule: fewer than 5 answers show nothing, 5–9 no percentage (pure).
import { satisfactionSummary } from '../../../statistics/satisfaction.js';
import { disclosure, type Disclosure } from '../../../statistics/small-cells.js';
import { defaultRatingScale, ratingPoints } from '../../../surveys/question-types.js';
import type { ValueCount } from './value-counts.js';

export type RatingFigures = {
	/** Answers on a point of the scale. */
	n: number;
	disclosure: Disclosure;
	/** null when hidden (n < 5). */
	mean: number | null;
	median: number | null;
	/** Answers in the two highest points; null when hidden. */
	topTwoBox: number | null;
	/** Their share in %; only with 10 answers or more (null otherwise). */
	topTwoBoxPercent: number | null;
};

/** The figures of the answers on the scale's points (other values the answers hold are left out). */
export function ratingFigures(
	counts: readonly ValueCount[],
	scale: { min: number; max: number } = defaultRatingScale
): RatingFigures {
	const points = ratingPoints(scale);
	const ratings = counts
		.filter((count) => points.includes(count.value))
		.flatMap((count) => Array<number>(count.count).fill(Number(count.value)));
	const summary = satisfactionSummary(ratings, scale);
	const shown = disclosure(summary.n);
	if (shown === 'hidden' || summary.topTwoBoxPercent === null)
		return {
			n: summary.n,
			disclosure: shown,
			mean: null,
			median: null,
			topTwoBox: null,
			topTwoBoxPercent: null
		};
	return {
		n: summary.n,
		disclosure: shown,
		mean: summary.mean,
		median: summary.median,
		topTwoBox: Math.round((summary.topTwoBoxPercent * summary.n) / 100),
		topTwoBoxPercent: shown === 'full' ? summary.topTwoBoxPercent : null
	};
}
