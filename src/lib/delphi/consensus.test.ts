import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { times } from '../server/testing/fixtures.js';
import {
	averageRanks,
	bandShares,
	chiSquareSurvival,
	conditions,
	distribution,
	iqr,
	kendallW,
	median,
	normalCdf,
	outcome,
	quartiles,
	stability,
	summarise,
	wilcoxonSignedRank,
	type Rating
} from './consensus.js';
import { ConsensusRuleSchema, defaultRule, medianIqrDefaults, scales, type ScaleKind } from './rule.js';

/** `count` copies of `rating`, to write panels as "7 high, 3 mid". */
describe('quantiles (inclusive method, R type 7)', () => {
	it('interpolate between neighbours', () => {
		// h = 3 × ¼ = 0.75: 1 + 0.75 × (2 − 1); median h = 1.5; q3 h = 2.25: 3 + 0.25 × (4 − 3)
		expect(quartiles([4, 2, 1, 3])).toEqual({ q1: 1.75, q3: 3.25 });
		expect(median([4, 2, 1, 3])).toBe(2.5);
		expect(iqr([1, 2, 3, 4])).toBe(1.5);
	});

	it('fall on values when the positions are whole', () => {
		// n = 5: positions 1, 2, 3 of 0..4
		expect(median([9, 7, 8, 7, 9])).toBe(8);
		expect(quartiles([9, 7, 8, 7, 9])).toEqual({ q1: 7, q3: 9 });
	});

	it('handle ties and ten values', () => {
		// sorted 2 4 4 5 6 7 7 7 8 9: q1 h = 2.25 → 4 + 0.25 × 1; median h = 4.5 → 6.5; q3 h = 6.75 → 7
		const values = [7, 2, 9, 4, 7, 5, 4, 8, 6, 7];
		expect(quartiles(values)).toEqual({ q1: 4.25, q3: 7 });
		expect(median(values)).toBe(6.5);
		expect(iqr(values)).toBe(2.75);
	});

	it('are the value itself for one value and null for none', () => {
		expect(median([6])).toBe(6);
		expect(quartiles([6])).toEqual({ q1: 6, q3: 6 });
		expect(iqr([6])).toBe(0);
		expect(median([])).toBeNull();
		expect(quartiles([])).toBeNull();
		expect(iqr([])).toBeNull();
	});
});

describe('one statement in one round', () => {
	it('is summarised without the unable-to-rate answers', () => {
		// Rated: 2 5 7 7 7 8 8 9 9 (nine of them); median h = 4 → 7, q1 h = 2 → 7, q3 h = 6 → 8
		const summary = summarise([7, 8, 9, 7, null, 5, 2, 9, 8, null, 7], 'nine');
		expect(summary).toEqual({
			nResponses: 11,
			nRated: 9,
			nUnable: 2,
			counts: [0, 1, 0, 0, 1, 0, 3, 2, 2],
			bandCounts: { low: 1, mid: 1, high: 7 },
			shares: { low: 1 / 9, mid: 1 / 9, high: 7 / 9 },
			median: 7,
			q1: 7,
			q3: 8,
			iqr: 1
		});
		expect(outcome(summary, defaultRule('nine'))).toBe('in'); // 77.8 % high, 11.1 % low
	});

	it('uses the bands of the 1–5 agreement scale', () => {
		// 1–2 disagree, 3 neutral, 4–5 agree
		const ratings = [4, 5, 4, 4, 5, 4, 4, 3, 2, null];
		expect(distribution(ratings, 'five')).toEqual([0, 1, 1, 5, 2]);
		expect(bandShares(ratings, 'five')).toEqual({ low: 1 / 9, mid: 1 / 9, high: 7 / 9 });
		expect(summarise(ratings, 'five')).toMatchObject({ median: 4, nRated: 9, nUnable: 1 });
	});

	it('has no median, no shares and no outcome when nobody rated', () => {
		for (const ratings of [[], [null, null]]) {
			const summary = summarise(ratings, 'nine');
			expect(summary).toMatchObject({ nRated: 0, median: null, q1: null, q3: null, iqr: null });
			expect(summary.shares).toEqual({ low: 0, mid: 0, high: 0 });
			expect(summary.nUnable).toBe(ratings.length);
			expect(outcome(summary, defaultRule('nine'))).toBe('none');
		}
	});

	it('decides on one rating when the rule asks for no more', () => {
		expect(outcome(summarise([8], 'nine'), defaultRule('nine'))).toBe('in');
		expect(outcome(summarise([1], 'five'), defaultRule('five'))).toBe('out');
		expect(outcome(summarise([5], 'nine'), defaultRule('nine'))).toBe('none');
	});

	it('refuses a rating off the scale rather than miscount it', () => {
		expect(() => summarise([6], 'five')).toThrow(RangeError);
		expect(() => distribution([0], 'nine')).toThrow(RangeError);
		expect(() => bandShares([7.5], 'nine')).toThrow(RangeError);
	});
});

describe('the bands rule (70/15/70/15)', () => {
	const rule = defaultRule('nine');
	const decide = (ratings: Rating[], kind: ScaleKind = 'nine', withRule = rule) =>
		outcome(summarise(ratings, kind), withRule);

	it('is met at exactly 70 % high', () => {
		expect(decide([...times(7, 8), ...times(3, 5)])).toBe('in'); // 7 of 10
		expect(decide([...times(6, 8), ...times(4, 5)])).toBe('none'); // 6 of 10
	});

	it('is met at exactly 15 % low, and not above', () => {
		expect(decide([...times(14, 9), ...times(3, 1), ...times(3, 5)])).toBe('in'); // 3 of 20 low
		expect(decide([...times(14, 9), ...times(4, 1), ...times(2, 5)])).toBe('none'); // 4 of 20 low
	});

	it('counts neither unable-to-rate answers in nor against the shares', () => {
		// 7 high of 10 rated is 70 %; of the 13 who answered it would be 54 %
		expect(decide([...times(7, 8), ...times(3, 5), ...times(3, null)])).toBe('in');
	});

	it('decides OUT the same way on the low band', () => {
		expect(decide([...times(14, 2), ...times(3, 8), ...times(3, 5)])).toBe('out'); // 70 % low, 15 % high
		expect(decide([...times(14, 2), ...times(4, 8), ...times(2, 5)])).toBe('none'); // 20 % high
		expect(decide([...times(7, 1), ...times(3, 3)], 'five')).toBe('out'); // 1–2 low, 3 neutral
	});

	it('compares whole numbers, where floating shares would miss the threshold', () => {
		// 11 of 20 is 55 %, but (11 / 20) × 100 is 55.00000000000001 in floating point
		const strict = ConsensusRuleSchema.parse({ kind: 'bands', inMinHigh: 45, inMaxLow: 55 });
		expect((11 / 20) * 100).toBeGreaterThan(55);
		expect(decide([...times(9, 9), ...times(11, 1)], 'nine', strict)).toBe('in');
	});

	it('waits for the minimum number of rated answers', () => {
		const five = ConsensusRuleSchema.parse({ kind: 'bands', minRated: 5 });
		expect(decide([...times(4, 9), null, null], 'nine', five)).toBe('none');
		expect(decide(times(5, 9), 'nine', five)).toBe('in');
	});
});

describe('the median/IQR rule (7/3/2 on 1–9)', () => {
	const rule = medianIqrDefaults.nine;
	const decide = (ratings: Rating[]) => outcome(summarise(ratings, 'nine'), rule);

	it('is IN at median 7 and IQR 2 exactly', () => {
		expect(decide([5, 6, 7, 8, 9])).toBe('in'); // median 7, q1 6, q3 8
		expect(decide([7, 7, 8, 9, 9])).toBe('in'); // median 8, IQR 2
		expect(decide([3, 7, 7, 8, 9, 9])).toBe('in'); // median 7.5, q1 7, q3 8.75
	});

	it('is OUT at median 3 or below with a narrow IQR', () => {
		expect(decide([1, 2, 3, 3, 4])).toBe('out'); // median 3, IQR 1
		expect(decide([1, 2, 2, 3, 3, null])).toBe('out'); // median 2
	});

	it('decides nothing when the panel is split or lukewarm', () => {
		expect(decide([1, 5, 9, 9, 9])).toBe('none'); // median 9 but IQR 4
		expect(decide([4, 5, 5, 6, 6])).toBe('none'); // median 5
	});

	it('on 1–5 proposes median ≥ 4 with IQR ≤ 1', () => {
		expect(outcome(summarise([4, 4, 5, 5, 3], 'five'), medianIqrDefaults.five)).toBe('in');
		expect(outcome(summarise([1, 2, 2, 2, 5], 'five'), medianIqrDefaults.five)).toBe('out');
	});
});

describe('stability between rounds', () => {
	it('pairs the panellists who rated in both rounds', () => {
		const result = stability([
			[7, 8],
			[5, 5],
			[null, 7],
			[9, null],
			[3, 6],
			[8, 7]
		]);
		// Differences 1, 0, 3, −1; the zero is dropped; |d| 1, 3, 1 rank 1.5, 3, 1.5
		expect(result).toMatchObject({ nPaired: 4, nChanged: 3, shareChanged: 0.75 });
		expect(result.wilcoxon).toMatchObject({
			n: 3,
			wPlus: 4.5,
			wMinus: 1.5,
			statistic: 1.5,
			method: 'normal'
		});
		// σ² = 3·4·7/24 − (2³ − 2)/48 = 3.375; z = (4.5 − 3 − 0.5)/√3.375
		expect(result.wilcoxon.z).toBeCloseTo(1 / Math.sqrt(3.375), 12);
	});

	it('gives the exact p without ties (R: wilcox.test(c(1, 2, -3, 4, 5)) → V = 12, p = 0.3125)', () => {
		const result = wilcoxonSignedRank([1, 2, -3, 4, 5]);
		expect(result).toMatchObject({ n: 5, wPlus: 12, wMinus: 3, statistic: 3, method: 'exact' });
		// Subsets of 1..5 summing to ≤ 3: {}, {1}, {2}, {3}, {1,2} → 2 × 5/32
		expect(result.p).toBe(0.3125);
		// All eight rising: only the empty subset sums to 0 → 2 × 1/256
		expect(wilcoxonSignedRank([1, 2, 3, 4, 5, 6, 7, 8]).p).toBe(2 / 256);
	});

	it('uses the normal approximation with tie and continuity correction when |differences| tie', () => {
		// |d| 1 1 1 1 2: ranks 2.5 ×4 and 5; W+ = 3 × 2.5 + 5 = 12.5; σ² = 5·6·11/24 − (4³ − 4)/48 = 12.5
		// z = (12.5 − 7.5 − 0.5)/√12.5 = 0.9·√2, so p = erfc(0.9) = 1 − 0.7969082 (tables of erf)
		const result = wilcoxonSignedRank([1, 1, 0, 1, -1, 2, 0]);
		expect(result).toMatchObject({ n: 5, wPlus: 12.5, wMinus: 2.5, statistic: 2.5, method: 'normal' });
		expect(result.z).toBeCloseTo(0.9 * Math.SQRT2, 12);
		expect(result.p).toBeCloseTo(0.2030918, 6);
	});

	it('is p = 1 and z = 0 when nobody changed or nobody is paired', () => {
		for (const pairs of [[], [[4, 4] as [Rating, Rating]], [[null, 3] as [Rating, Rating]]]) {
			const result = stability(pairs);
			expect(result.nChanged).toBe(0);
			expect(result.shareChanged).toBe(0);
			expect(result.wilcoxon).toMatchObject({ n: 0, wPlus: 0, wMinus: 0, z: 0, p: 1 });
		}
	});
});

describe('the normal and chi-square distributions', () => {
	it('match the tables', () => {
		expect(normalCdf(0)).toBeCloseTo(0.5, 7);
		expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
		expect(normalCdf(-1.644854)).toBeCloseTo(0.05, 6);
		// P(χ²₁ ≥ 3.841459) = 0.05, P(χ²₂ ≥ x) = e^(−x/2), P(χ²₃ ≥ 7.814728) = 0.05
		expect(chiSquareSurvival(3.841459, 1)).toBeCloseTo(0.05, 6);
		expect(chiSquareSurvival(3, 2)).toBeCloseTo(Math.exp(-1.5), 12);
		expect(chiSquareSurvival(7.814728, 3)).toBeCloseTo(0.05, 6);
		expect(chiSquareSurvival(16.918978, 9)).toBeCloseTo(0.05, 6);
		expect(chiSquareSurvival(0, 4)).toBe(1);
	});
});

describe("Kendall's W", () => {
	it('gives 7/9 for three raters ranking four items', () => {
		// Rank sums 4, 6, 8, 12 around 7.5: S = 12.25 + 2.25 + 0.25 + 20.25 = 35
		// W = 12 · 35 / (3² · (4³ − 4)) = 420/540; χ² = 3 · 3 · 7/9 = 7, P(χ²₃ ≥ 7) = 0.0719
		const result = kendallW([
			[1, 2, 3, 4],
			[2, 1, 3, 4],
			[1, 3, 2, 4]
		]);
		expect(result).toMatchObject({ m: 3, n: 4, df: 3 });
		expect(result.w).toBeCloseTo(7 / 9, 12);
		expect(result.chiSquare).toBeCloseTo(7, 12);
		expect(result.p).toBeCloseTo(0.0719, 4);
	});

	it("corrects for ties (NAG g08da's example after Siegel 1956: W = 0.8277, p = 0.0078)", () => {
		// Rank sums 5.5 6.5 9 13.5 12 20 23 23.5 25.5 26.5 around 16.5: S = 591
		// Σ(t³ − t): rater 1 two pairs = 12, rater 2 three pairs = 18, rater 3 a four and a three = 84
		// W = 12 · 591 / (3² · 990 − 3 · 114) = 7092 / 8568; χ² = 3 · 9 · W
		const result = kendallW([
			[1, 4.5, 2, 4.5, 3, 7.5, 6, 9, 7.5, 10],
			[2.5, 1, 2.5, 4.5, 4.5, 8, 9, 6.5, 10, 6.5],
			[2, 1, 4.5, 4.5, 4.5, 4.5, 8, 8, 8, 10]
		]);
		expect(result.w).toBeCloseTo(7092 / 8568, 12);
		expect(result.w).toBeCloseTo(0.8277, 4);
		expect(result.chiSquare).toBeCloseTo((27 * 7092) / 8568, 10);
		expect(result.df).toBe(9);
		expect(result.p).toBeCloseTo(0.0078, 4);
	});

	it('is 0 when two raters rank in opposite orders', () => {
		expect(
			kendallW([
				[1, 2, 3],
				[3, 2, 1]
			]).w
		).toBe(0);
	});

	it('is undefined without two items or when every rater ties everything', () => {
		expect(kendallW([])).toMatchObject({ w: null, p: null });
		expect(kendallW([[1], [1]])).toMatchObject({ w: null, chiSquare: null });
		expect(
			kendallW([
				[1.5, 1.5],
				[1.5, 1.5]
			])
		).toMatchObject({ w: null });
	});

	it('refuses rows that are not rankings of the same items', () => {
		expect(() =>
			kendallW([
				[1, 2, 3],
				[1, 2]
			])
		).toThrow(RangeError);
		expect(() => kendallW([[1, 1, 3]])).toThrow(RangeError); // ties must share 1.5
		expect(() => kendallW([[7, 8, 9]])).toThrow(RangeError);
	});
});

it('ranks ties by their average rank', () => {
	expect(averageRanks([30, 10, 20, 10, 30, 30])).toEqual([5, 1.5, 3, 1.5, 5, 5]);
});

// ---------------------------------------------------------------------------------------------
// Properties

const scaleKind = fc.constantFrom<ScaleKind>('nine', 'five');
/** A scale and answers on it, about one in six unable to rate. */
const panel = scaleKind.chain((kind) =>
	fc.tuple(
		fc.constant(kind),
		fc.array(
			fc.oneof(
				{ arbitrary: fc.integer({ min: scales[kind].min, max: scales[kind].max }), weight: 5 },
				{ arbitrary: fc.constant(null), weight: 1 }
			),
			{ maxLength: 40 }
		)
	)
);
const percent = fc.integer({ min: 0, max: 100 });
/** Any rule the schema accepts (and on the nine scale: medians 1–9). */
const validRule = fc
	.oneof(
		fc.record({
			kind: fc.constant('bands'),
			inMinHigh: percent,
			inMaxLow: percent,
			outMinLow: percent,
			outMaxHigh: percent,
			minRated: fc.integer({ min: 1, max: 5 })
		}),
		fc.record({
			kind: fc.constant('median_iqr'),
			inMinMedian: fc.integer({ min: 2, max: 18 }).map((half) => half / 2),
			outMaxMedian: fc.integer({ min: 2, max: 18 }).map((half) => half / 2),
			maxIqr: fc.integer({ min: 0, max: 16 }).map((half) => half / 2),
			minRated: fc.integer({ min: 1, max: 5 })
		})
	)
	.map((input) => ConsensusRuleSchema.safeParse(input))
	.filter((result) => result.success)
	.map((result) => result.data!);

describe('properties', () => {
	it('shares sum to 1 when someone rated, and count rated, unable and responses consistently', () => {
		fc.assert(
			fc.property(panel, ([kind, ratings]) => {
				const summary = summarise(ratings, kind);
				expect(summary.nRated + summary.nUnable).toBe(ratings.length);
				expect(summary.counts.reduce((a, b) => a + b, 0)).toBe(summary.nRated);
				const { low, mid, high } = summary.shares;
				if (summary.nRated > 0) expect(low + mid + high).toBeCloseTo(1, 12);
				else expect(low + mid + high).toBe(0);
			})
		);
	});

	it('keep q1 ≤ median ≤ q3 within the lowest and highest rating', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 40 }), (values) => {
				const middle = median(values)!;
				const { q1, q3 } = quartiles(values)!;
				expect(Math.min(...values)).toBeLessThanOrEqual(q1);
				expect(q1).toBeLessThanOrEqual(middle);
				expect(middle).toBeLessThanOrEqual(q3);
				expect(q3).toBeLessThanOrEqual(Math.max(...values));
			})
		);
	});

	it('never meet IN and OUT at once under a valid rule', () => {
		fc.assert(
			fc.property(panel, validRule, ([kind, ratings], rule) => {
				const met = conditions(summarise(ratings, kind), rule);
				expect(met.in && met.out).toBe(false);
			}),
			{ numRuns: 500 }
		);
		fc.assert(
			fc.property(panel, ([kind, ratings]) => {
				const met = conditions(summarise(ratings, kind), defaultRule(kind));
				expect(met.in && met.out).toBe(false);
			})
		);
	});

	it('do not depend on the order of the ratings', () => {
		fc.assert(
			fc.property(
				panel.chain(([kind, ratings]) =>
					fc.tuple(
						fc.constant(kind),
						fc.constant(ratings),
						fc.shuffledSubarray(ratings, { minLength: ratings.length })
					)
				),
				validRule,
				([kind, ratings, shuffled], rule) => {
					const summary = summarise(ratings, kind);
					expect(summarise(shuffled, kind)).toEqual(summary);
					expect(outcome(summarise(shuffled, kind), rule)).toBe(outcome(summary, rule));
				}
			)
		);
	});

	it("keep Kendall's W in [0, 1], and at 1 when all raters agree", () => {
		const rankings = fc
			.record({ n: fc.integer({ min: 2, max: 8 }), m: fc.integer({ min: 1, max: 6 }) })
			.chain(({ n, m }) =>
				// Scores 1–4 tie often; their average ranks are a ranking with ties
				fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: n, maxLength: n }), {
					minLength: m,
					maxLength: m
				})
			)
			.map((rows) => rows.map(averageRanks));
		fc.assert(
			fc.property(rankings, (rows) => {
				const { w } = kendallW(rows);
				if (w === null) return; // every rater tied everything
				expect(w).toBeGreaterThanOrEqual(0);
				expect(w).toBeLessThanOrEqual(1);
				// Everyone copying one rater who tells at least two items apart
				const telling = rows.find((row) => row.some((rank) => rank !== row[0]));
				if (telling) expect(kendallW(rows.map(() => telling)).w).toBe(1);
			})
		);
	});

	it('keep the Wilcoxon rank sums at n(n + 1)/2 and swap them when the rounds swap', () => {
		const rating = fc.oneof(
			{ arbitrary: fc.integer({ min: 1, max: 9 }), weight: 6 },
			{ arbitrary: fc.constant(null), weight: 1 }
		);
		fc.assert(
			fc.property(fc.array(fc.tuple(rating, rating), { maxLength: 40 }), (pairs) => {
				const forward = stability(pairs).wilcoxon;
				const backward = stability(pairs.map(([a, b]) => [b, a] as [Rating, Rating])).wilcoxon;
				expect(forward.wPlus + forward.wMinus).toBe((forward.n * (forward.n + 1)) / 2);
				expect(backward).toMatchObject({ n: forward.n, wPlus: forward.wMinus, wMinus: forward.wPlus });
				expect(backward.z).toBeCloseTo(-forward.z, 12);
				expect(backward.p).toBeCloseTo(forward.p, 12);
				expect(forward.p).toBeGreaterThanOrEqual(0);
				expect(forward.p).toBeLessThanOrEqual(1);
			})
		);
	});
});
