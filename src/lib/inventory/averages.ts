// What a package's reviews add up to: each criterion's average score, and the overall score as a
// share of the maximum. Pure, so the package page and the tests compute it the same way.

export type CriterionScale = { id: string; maxScore: number };
export type ScoredReview = { scores: Record<string, number> };

export type CriterionAverage = { criterionId: string; average: number | null; count: number };

/** Each criterion's mean score over the reviews that scored it (null when none did), to one decimal. */
export function criterionAverages(criteria: CriterionScale[], reviews: ScoredReview[]): CriterionAverage[] {
	return criteria.map((criterion) => {
		const scores = reviews
			.map((review) => review.scores[criterion.id])
			.filter((score): score is number => typeof score === 'number');
		const average = scores.length > 0 ? roundTo(scores.reduce((a, b) => a + b, 0) / scores.length, 1) : null;
		return { criterionId: criterion.id, average, count: scores.length };
	});
}

/**
 * The mean over reviews of each review's total as a percentage of the most it could score on the
 * criteria it scored (criteria added after a review do not lower it); null without reviews.
 */
export function overallPercent(criteria: CriterionScale[], reviews: ScoredReview[]): number | null {
	const shares = reviews.flatMap((review) => {
		const scored = criteria.filter((criterion) => typeof review.scores[criterion.id] === 'number');
		const most = scored.reduce((sum, criterion) => sum + criterion.maxScore, 0);
		if (most === 0) return [];
		const total = scored.reduce((sum, criterion) => sum + review.scores[criterion.id], 0);
		return [(total / most) * 100];
	});
	return shares.length > 0 ? Math.round(shares.reduce((a, b) => a + b, 0) / shares.length) : null;
}

const roundTo = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
