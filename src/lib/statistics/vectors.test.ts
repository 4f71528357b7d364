// Every expected value of the reference vectors: evaluation-vectors.json is a copy of the design's
// shared/data/evaluation-vectors.json, computed with scipy 1.17 / numpy 2.4.
import { describe, expect, it } from 'vitest';
import vectors from './evaluation-vectors.json';
import { followUp } from './follow-up.js';
import { itemAnalysis, mcNemar } from './items.js';
import { prePost } from './pre-post.js';
import { addPairSums, pairSumsOf, prePostFromSums } from './pre-post-sums.js';
import { satisfactionSummary } from './satisfaction.js';
import { wilcoxonSignedRank } from './wilcoxon.js';

/**
 * Within a relative 1e-6 of `expected`, or of the rounding of `expected` when the vectors print it
 * with fewer digits than that (0.070312 for 9/128 = 0.0703125, −0.182158 for −0.1821582…).
 */
function expectClose(actual: number | null | undefined, expected: number) {
	const decimals = String(expected).split('.')[1]?.length ?? 0;
	const tolerance = Math.max(1e-6 * Math.abs(expected), 0.5 * 10 ** -decimals) * (1 + 1e-6);
	expect(actual).not.toBeNull();
	expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance);
}

const people = (scores: readonly number[]) => new Map(scores.map((score, index) => [`p${index}`, score]));

const vectorA = vectors.A_pre_post;
const pairsA = vectorA.pre.map((score, index) => [score, vectorA.post[index]] as const);

describe.each([
	{
		path: 'raw scores',
		result: prePost(people(vectorA.pre), people(vectorA.post), vectorA.max_score),
		unit: 1
	},
	{
		// Percent scores: the mean difference, its SD and CI × 100 / 20
		path: 'the sums of two cells merged',
		result: prePostFromSums(
			addPairSums(
				pairSumsOf(pairsA.slice(0, 5), vectorA.max_score),
				pairSumsOf(pairsA.slice(5), vectorA.max_score)
			)
		),
		unit: 100 / vectorA.max_score
	}
])('A: pre → post of 12 people from $path', ({ result, unit }) => {
	const { expected } = vectorA;

	it('pairs everyone and gives the paired t-test', () => {
		expect(result.nPairs).toBe(expected.n_pairs);
		const t = result.pairedT;
		expectClose(t.meanDifference, expected.mean_difference * unit);
		expectClose(t.sdDifference, expected.sd_difference * unit);
		expectClose(t.t, expected.paired_t);
		expect(t.df).toBe(expected.df);
		expectClose(t.p, expected.p_two_sided);
		expectClose(t.ci95?.[0], expected.ci95_mean_difference[0] * unit);
		expectClose(t.ci95?.[1], expected.ci95_mean_difference[1] * unit);
		expectClose(t.cohenDz, expected.cohen_dz);
	});

	it('gives the Wilcoxon signed-rank test (ties, so the normal approximation)', () => {
		const w = result.wilcoxon;
		expect(w).toMatchObject({ statistic: expected.wilcoxon_statistic_T, n: expected.wilcoxon_n_nonzero });
		expect(w.method).toBe('wilcoxon-normal-corrected');
		expectClose(Math.abs(w.z), expected.wilcoxon_z_abs);
		expectClose(w.p, expected.wilcoxon_p);
		expectClose(w.r, expected.wilcoxon_r_effect);
		expectClose(w.rankBiserial, expected.rank_biserial);
	});

	it('gives the normalised gains, the person at max on the pre-test left out of the average', () => {
		expectClose(result.gain.gainOfMeans, expected.normalised_gain_of_means);
		expectClose(result.gain.averageGain, expected.average_normalised_gain);
		expect(result.gain.excludedAtMax).toBe(expected.average_normalised_gain_excluded_at_max);
	});
});

describe('A: attrition and the exact Wilcoxon p', () => {
	it('counts nobody with one score only', () => {
		expect(prePost(people(vectorA.pre), people(vectorA.post), vectorA.max_score)).toMatchObject({
			preOnly: 0,
			postOnly: 0
		});
	});

	it('gives the exact Wilcoxon p without ties', () => {
		const exact = wilcoxonSignedRank(vectors.A_exact_wilcoxon.differences);
		expect(exact.method).toBe('wilcoxon-exact');
		expectClose(exact.p, vectors.A_exact_wilcoxon.expected_p_exact);
	});
});

describe('B: item analysis of 10 attempts × 6 items', () => {
	const { attempts, expected } = vectors.B_item_analysis;
	const marks = attempts.map((attempt) => [...attempt].map(Number));
	const result = itemAnalysis(marks, new Array(6).fill(1));
	const rounded = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

	it("matches Moodle's per-item figures (as Moodle rounds them, 2 decimals)", () => {
		expect(result.items.map((item) => item.facilityPercent)).toEqual(expected.facility_percent);
		expect(result.items.map((item) => rounded(item.discriminationIndex))).toEqual(
			expected.discrimination_index
		);
		expect(result.items.map((item) => rounded(item.discriminativeEfficiencyPercent))).toEqual(
			expected.discriminative_efficiency_percent
		);
	});

	it("matches Moodle's test figures", () => {
		expect(result.nAttempts).toBe(10);
		expectClose(result.meanTotal, expected.mean_total);
		expectClose(result.sdTotal, expected.sd_total);
		expectClose(result.cicPercent, expected.cic_percent);
		expectClose(result.errorRatioPercent, expected.error_ratio_percent);
		expectClose(result.standardError, expected.standard_error);
		expectClose(result.skewness, expected.skewness);
		expectClose(result.kurtosis, expected.kurtosis);
	});

	it('gives the exact McNemar p on 7 against 1 discordant pairs', () => {
		const pairs: [boolean, boolean][] = [
			...new Array<[boolean, boolean]>(7).fill([false, true]),
			[true, false],
			...new Array<[boolean, boolean]>(4).fill([true, true]),
			[false, false]
		];
		const result = mcNemar(pairs);
		expect(result).toMatchObject({ n: 13, wrongToRight: 7, rightToWrong: 1, method: 'mcnemar-exact' });
		expectClose(result.p, expected.mcnemar_exact_7_vs_1_discordant_p);
		expect(result.p).toBeCloseTo(18 / 256, 9); // 2 × (1 + 8) / 2⁸
	});
});

describe('C: follow-up of the same 12 people', () => {
	const { pre, post, max_score } = vectors.A_pre_post;
	const { follow_up, expected } = vectors.C_follow_up;
	const result = followUp(people(pre), people(post), people(follow_up), max_score);

	it('gives the retention share and the t-tests against pre and post', () => {
		expect(result.n).toBe(12);
		expectClose(result.retentionShare, expected.retention_share);
		expectClose(result.versusPre.t, expected.follow_up_vs_pre_t);
		expectClose(result.versusPre.p, expected.follow_up_vs_pre_p);
		expectClose(result.versusPost.t, expected.follow_up_vs_post_t);
		expectClose(result.versusPost.p, expected.follow_up_vs_post_p);
	});
});

describe('D: satisfaction of 15 people on 1–5', () => {
	it('gives n, mean, median and top-two-box', () => {
		const { likert_1_to_5, expected } = vectors.D_satisfaction;
		const result = satisfactionSummary(likert_1_to_5);
		expect(result).toMatchObject({ n: expected.n, median: expected.median, method: 'top-two-box' });
		expectClose(result.mean, expected.mean);
		expectClose(result.topTwoBoxPercent, expected.top_two_box_percent);
	});
});
