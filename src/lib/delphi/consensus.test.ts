import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { times } from '../server/testing/fixtures.js';
import {
	bandShares,
	conditions,
	distribution,
	outcome,
	stability,
	summarise,
	type Rating
} from './consensus.js';
import { ConsensusRuleSchema, defaultRule, medianIqrDefaults, scales, type ScaleKind } from './rule.js';

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
			method: 'wilcoxon-normal-corrected'
		});
		// σ² = 3·4·7/24 − (2³ − 2)/48 = 3.375; z = (4.5 − 3 − 0.5)/√3.375
		expect(result.wilcoxon.z).toBeCloseTo(1 / Math.sqrt(3.375), 12);
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
