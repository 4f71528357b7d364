import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pair } from './paired.js';
import { prePost } from './pre-post.js';
import { addPairSums, pairSumsOf, prePostFromSums, type PrePostFromSums } from './pre-post-sums.js';

/** Within 1e-9 of |expected|, or 1e-12 × `scale` when `expected` is about 0 (rounding of a 0). */
function expectNear(actual: number | null | undefined, expected: number | null | undefined, scale = 1) {
	if (expected === null || expected === undefined) return expect(actual ?? null).toBeNull();
	expect(actual).toBeTypeOf('number');
	expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
		1e-9 * Math.abs(expected) + 1e-12 * scale
	);
}

const people = (scores: readonly number[]) => new Map(scores.map((score, index) => [index, score]));

/** Pearson r by the two-pass formula on the raw pairs. */
function pearson(pairs: readonly Pair[]): number | null {
	if (pairs.length < 2) return null;
	const meanOf = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
	const [meanX, meanY] = [meanOf(pairs.map(([x]) => x)), meanOf(pairs.map(([, y]) => y))];
	let [sxx, syy, sxy] = [0, 0, 0];
	for (const [x, y] of pairs) {
		sxx += (x - meanX) ** 2;
		syy += (y - meanY) ** 2;
		sxy += (x - meanX) * (y - meanY);
	}
	return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

/** The sums' figures are prePost's on the raw pairs (scores out of `maxScore`), in percent. */
function expectSameAsRaw(fromSums: PrePostFromSums, pairs: readonly Pair[], maxScore: number) {
	const raw = prePost(people(pairs.map(([pre]) => pre)), people(pairs.map(([, post]) => post)), maxScore);
	const percent = (value: number | null | undefined) =>
		value === null || value === undefined ? null : (100 * value) / maxScore;
	expect(fromSums.nPairs).toBe(raw.nPairs);
	for (const side of ['pre', 'post'] as const) {
		expect(fromSums[side].n).toBe(raw[side].n);
		expectNear(fromSums[side].mean, percent(raw[side].mean), 100);
		expectNear(fromSums[side].sd, percent(raw[side].sd), 100);
	}
	const [t, rawT] = [fromSums.pairedT, raw.pairedT];
	expect([t.n, t.df, t.method]).toEqual([rawT.n, rawT.df, rawT.method]);
	expectNear(t.meanDifference, percent(rawT.meanDifference), 100);
	expectNear(t.sdDifference, percent(rawT.sdDifference), 100);
	expectNear(t.t, rawT.t);
	// jstat's incomplete beta switches between two continued fractions at x = (a + 1)/(a + b + 2),
	// which agree to about 1e-8: a t that differs in its last bit may move p that much (t = 1, df = 1)
	expectNear(t.p, rawT.p, 1e5);
	expectNear(t.ci95?.[0], percent(rawT.ci95?.[0]), 100);
	expectNear(t.ci95?.[1], percent(rawT.ci95?.[1]), 100);
	expectNear(t.cohenDz, rawT.cohenDz);
	// The same counts per |d| go through the same function: the same figures to the last bit
	expect(fromSums.wilcoxon).toEqual(raw.wilcoxon);
	expect([fromSums.gain.n, fromSums.gain.excludedAtMax]).toEqual([raw.gain.n, raw.gain.excludedAtMax]);
	expectNear(fromSums.gain.gainOfMeans, raw.gain.gainOfMeans);
	expectNear(fromSums.gain.averageGain, raw.gain.averageGain);
	expectNear(fromSums.correlation, pearson(pairs));
}

/** Cells of pairs out of `maxUnits / unitsPerMark`, in steps of 1 / unitsPerMark; max on the pre-test often. */
const cellsOf = (maxUnits: number, unitsPerMark: number) => {
	const score = fc
		.oneof(
			{ arbitrary: fc.integer({ min: 0, max: maxUnits }), weight: 5 },
			{ arbitrary: fc.constant(maxUnits), weight: 1 }
		)
		.map((units) => units / unitsPerMark);
	return fc.array(fc.array(fc.tuple(score, score), { maxLength: 25 }), { minLength: 1, maxLength: 6 });
};

describe('pre → post from merged sums', () => {
	it('equals prePost on the concatenated pairs, whole and half marks (property)', () => {
		const scenario = fc
			.record({ maxUnits: fc.integer({ min: 1, max: 60 }), unitsPerMark: fc.constantFrom(1, 2) })
			.chain(({ maxUnits, unitsPerMark }) =>
				fc.record({ maxScore: fc.constant(maxUnits / unitsPerMark), cells: cellsOf(maxUnits, unitsPerMark) })
			);
		fc.assert(
			fc.property(scenario, ({ maxScore, cells }) => {
				const merged = addPairSums(...cells.map((cell) => pairSumsOf(cell, maxScore)));
				expectSameAsRaw(prePostFromSums(merged), cells.flat(), maxScore);
			}),
			{ numRuns: 400 }
		);
	});

	it('merges cells of instruments with different max scores on percent scores (property)', () => {
		// Max scores dividing 100: half-mark scores are exact in percent, so prePost on the percent
		// scores is the reference
		const cell = fc.constantFrom(10, 20, 25, 50).chain((maxScore) =>
			fc.record({
				maxScore: fc.constant(maxScore),
				pairs: cellsOf(2 * maxScore, 2).map((cells) => cells.flat())
			})
		);
		fc.assert(
			fc.property(fc.array(cell, { minLength: 1, maxLength: 5 }), (cells) => {
				const merged = addPairSums(...cells.map(({ pairs, maxScore }) => pairSumsOf(pairs, maxScore)));
				const percentPairs = cells.flatMap(({ pairs, maxScore }) =>
					pairs.map(([pre, post]): Pair => [(100 * pre) / maxScore, (100 * post) / maxScore])
				);
				expectSameAsRaw(prePostFromSums(merged), percentPairs, 100);
			}),
			{ numRuns: 200 }
		);
	});

	it('keys the same share of the max the same on any instrument', () => {
		const merged = addPairSums(
			pairSumsOf([[3, 5]], 10),
			pairSumsOf(
				[
					[6, 10],
					[20, 20],
					[7.5, 5]
				],
				20
			)
		);
		expect(merged.differences).toEqual({ '20': 2, '0': 1, '-12.5': 1 });
		expect(merged).toMatchObject({ n: 4, atMaxOnPre: 1, sumPre: 30 + 30 + 100 + 37.5 });
	});

	it('has no figures for no pairs', () => {
		const nothing = prePostFromSums(addPairSums());
		expect(nothing).toMatchObject({
			nPairs: 0,
			pre: { n: 0, mean: null, sd: null },
			pairedT: { n: 0, meanDifference: null, t: null },
			wilcoxon: { n: 0, p: 1 },
			gain: { gainOfMeans: null, averageGain: null, excludedAtMax: 0 },
			correlation: null
		});
	});

	it('refuses scores outside 0..max and inconsistent sums', () => {
		expect(() => pairSumsOf([[11, 5]], 10)).toThrow(/pre-test scores: #1 is 11, above the maximum 10/);
		const sums = pairSumsOf(
			[
				[4, 6],
				[5, 6]
			],
			10
		);
		expect(() => prePostFromSums({ ...sums, n: 3 })).toThrow(/counts 2 pairs, not 3/);
		expect(() => prePostFromSums({ ...sums, differences: { '20.0': 1, '10': 1 } })).toThrow(
			/difference "20.0"/
		);
		expect(() => prePostFromSums({ ...sums, differences: { '20': 1.5, '10': 0.5 } })).toThrow(/count 1.5/);
	});
});
