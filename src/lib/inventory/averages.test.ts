import { describe, expect, it } from 'vitest';
import { criterionAverages, overallPercent, type ScoredReview } from './averages.js';

const criteria = [
	{ id: 'relevance', maxScore: 5 },
	{ id: 'evidence', maxScore: 10 }
];

describe('review averages', () => {
	it('averages each criterion over the reviews that scored it', () => {
		const reviews: ScoredReview[] = [
			{ scores: { relevance: 4, evidence: 7 } },
			{ scores: { relevance: 3 } },
			{ scores: { relevance: 4 } }
		];
		expect(criterionAverages(criteria, reviews)).toEqual([
			{ criterionId: 'relevance', average: 3.7, count: 3 },
			{ criterionId: 'evidence', average: 7, count: 1 }
		]);
		expect(criterionAverages(criteria, [])).toEqual([
			{ criterionId: 'relevance', average: null, count: 0 },
			{ criterionId: 'evidence', average: null, count: 0 }
		]);
	});

	it('gives the overall score as the mean share of the maximum on the criteria each review scored', () => {
		// 11/15 = 73.3 %; the second scored relevance only (before evidence existed): 5/5 = 100 %; mean 86.7.
		expect(
			overallPercent(criteria, [{ scores: { relevance: 4, evidence: 7 } }, { scores: { relevance: 5 } }])
		).toBe(87);
		expect(overallPercent(criteria, [])).toBeNull();
		// Scores of a criterion since removed count for nothing.
		expect(overallPercent(criteria, [{ scores: { removed: 3 } }])).toBeNull();
	});
});
