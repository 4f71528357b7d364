// Pre → post from sums that add up: a summary table keeps them per cell (event × country ×
// profession × package version), any filter merges its cells, and the figures are those prePost
// gives on the cells' pairs. Sums are on percent scores, 100 × score / max, so cells of instruments
// with different max scores merge; means, SDs, mean difference and CI are then in percent points.
import { checkPairScores } from './check.js';
import type { Description } from './descriptive.js';
import type { NormalisedGain } from './gain.js';
import { pairedTOf, type Pair, type PairedT } from './paired.js';
import { wilcoxonFromCounts, type SignedCount, type Wilcoxon } from './wilcoxon.js';

/** The sums of a cell's pre → post pairs, on percent scores (pre% = 100 × pre / max). */
export interface PairSums {
	n: number;
	sumPre: number;
	sumPost: number;
	sumPreSquared: number;
	sumPostSquared: number;
	sumPreTimesPost: number;
	/**
	 * Histogram of d = 100 × (post − pre) / max, the difference in percent points: key `String(d)`
	 * (the shortest decimal that reads back as the same double, `.` decimals: "-5", "2.5",
	 * "3.3333333333333335"), value the number of pairs. Σd and Σd² come from it, without the
	 * cancellation of Σd² − (Σd)²/n, and so do the Wilcoxon ranks. The same difference in marks, or
	 * the same fraction of the max on another instrument, gives the same key when 100 × (post − pre)
	 * is exact (whole, half or quarter marks).
	 */
	differences: Readonly<Record<string, number>>;
	/** Σ (post − pre) / (max − pre) over the pairs below max on the pre-test. */
	sumIndividualGains: number;
	/** Pairs at max on the pre-test (left out of the average of individual gains, counted). */
	atMaxOnPre: number;
}

/** The sums of `pairs` of [pre, post] scores from 0 to `maxScore`. */
export function pairSumsOf(pairs: readonly Pair[], maxScore: number): PairSums {
	checkPairScores(pairs, maxScore);
	const differences: Record<string, number> = {};
	const sums = { ...addPairSums(), differences };
	for (const [pre, post] of pairs) {
		const [prePercent, postPercent] = [(100 * pre) / maxScore, (100 * post) / maxScore];
		sums.n += 1;
		sums.sumPre += prePercent;
		sums.sumPost += postPercent;
		sums.sumPreSquared += prePercent ** 2;
		sums.sumPostSquared += postPercent ** 2;
		sums.sumPreTimesPost += prePercent * postPercent;
		const key = String((100 * (post - pre)) / maxScore);
		differences[key] = (differences[key] ?? 0) + 1;
		if (pre < maxScore) sums.sumIndividualGains += (post - pre) / (maxScore - pre);
		else sums.atMaxOnPre += 1;
	}
	return sums;
}

/** The sums of the pairs of every cell given: a merge of cells (no cell: the sums of no pairs). */
export function addPairSums(...cells: readonly PairSums[]): PairSums {
	const differences: Record<string, number> = {};
	for (const cell of cells)
		for (const [key, count] of Object.entries(cell.differences))
			differences[key] = (differences[key] ?? 0) + count;
	const total = (field: Exclude<keyof PairSums, 'differences'>) =>
		cells.reduce((sum, cell) => sum + cell[field], 0);
	return {
		n: total('n'),
		sumPre: total('sumPre'),
		sumPost: total('sumPost'),
		sumPreSquared: total('sumPreSquared'),
		sumPostSquared: total('sumPostSquared'),
		sumPreTimesPost: total('sumPreTimesPost'),
		differences,
		sumIndividualGains: total('sumIndividualGains'),
		atMaxOnPre: total('atMaxOnPre')
	};
}

export interface PrePostFromSums {
	nPairs: number;
	/** Percent scores of the pairs (no median: sums do not keep one). */
	pre: Omit<Description, 'median'>;
	post: Omit<Description, 'median'>;
	/** On percent points: mean difference, its SD and CI; t, p and dz as on the scores. */
	pairedT: PairedT;
	wilcoxon: Wilcoxon;
	gain: NormalisedGain;
	/** Pearson r(pre, post); null below 2 pairs or when pre or post does not vary. */
	correlation: number | null;
}

/**
 * The figures of `prePost` from sums: means and SDs of pre and post, paired t (mean and SD of the
 * differences from their histogram), Wilcoxon signed-rank with ties exactly (counts per |d|),
 * Hake's ⟨g⟩ = (mean post − mean pre) / (100 − mean pre), the average of individual gains (pre at
 * max excluded and counted) and Pearson r(pre, post). Inconsistent sums throw a RangeError.
 */
export function prePostFromSums(sums: PairSums): PrePostFromSums {
	const { n } = sums;
	const differences = histogramOf(sums);
	const meanPre = n === 0 ? null : sums.sumPre / n;
	const meanPost = n === 0 ? null : sums.sumPost / n;
	const spreadPre = spread(sums.sumPreSquared, sums.sumPre, n);
	const spreadPost = spread(sums.sumPostSquared, sums.sumPost, n);
	const coSpread = n === 0 ? 0 : sums.sumPreTimesPost - (sums.sumPre * sums.sumPost) / n;
	const sd = (spread: number) => (n < 2 ? null : Math.sqrt(spread / (n - 1)));

	const meanDifference = n === 0 ? null : differences.reduce((sum, [d, count]) => sum + count * d, 0) / n;
	const sdDifference =
		meanDifference === null || n < 2
			? null
			: Math.sqrt(
					differences.reduce((sum, [d, count]) => sum + count * (d - meanDifference) ** 2, 0) / (n - 1)
				);
	const largest = differences.reduce((most, [d]) => Math.max(most, Math.abs(d)), 0);

	const bySize = new Map<number, SignedCount>();
	for (const [d, count] of differences) {
		if (d === 0) continue;
		const size = Math.abs(d);
		const group = bySize.get(size) ?? { size, rises: 0, falls: 0 };
		if (d > 0) group.rises += count;
		else group.falls += count;
		bySize.set(size, group);
	}

	const belowMax = n - sums.atMaxOnPre;
	return {
		nPairs: n,
		pre: { n, mean: meanPre, sd: sd(spreadPre) },
		post: { n, mean: meanPost, sd: sd(spreadPost) },
		pairedT: pairedTOf(n, meanDifference, sdDifference, largest),
		wilcoxon: wilcoxonFromCounts([...bySize.values()]),
		gain: {
			n,
			gainOfMeans:
				meanPre === null || meanPost === null || meanPre === 100
					? null
					: (meanPost - meanPre) / (100 - meanPre),
			averageGain: belowMax === 0 ? null : sums.sumIndividualGains / belowMax,
			excludedAtMax: sums.atMaxOnPre,
			method: 'hake-normalised-gain'
		},
		correlation:
			n < 2 || spreadPre === 0 || spreadPost === 0
				? null
				: Math.max(-1, Math.min(1, coSpread / Math.sqrt(spreadPre * spreadPost)))
	};
}

/** Σ(x − x̄)² from Σx² and Σx; within 1e-12 of Σx² it is the rounding of values that do not vary: 0. */
function spread(sumSquares: number, sum: number, n: number): number {
	const centred = n === 0 ? 0 : sumSquares - (sum * sum) / n;
	return centred <= 1e-12 * sumSquares ? 0 : centred;
}

/** The histogram's [d, count] entries, refused unless its keys are canonical numbers and its counts sum to n. */
function histogramOf(sums: PairSums): [d: number, count: number][] {
	const problems: string[] = [];
	if (!Number.isInteger(sums.n) || sums.n < 0) problems.push(`n is ${sums.n}`);
	if (!Number.isInteger(sums.atMaxOnPre) || sums.atMaxOnPre < 0 || sums.atMaxOnPre > sums.n)
		problems.push(`${sums.atMaxOnPre} at max on the pre-test`);
	const entries = Object.entries(sums.differences).map(([key, count]): [number, number] => {
		const d = Number(key);
		if (key.trim() === '' || !Number.isFinite(d) || String(d) !== key) problems.push(`difference "${key}"`);
		if (!Number.isInteger(count) || count < 1) problems.push(`count ${count} of difference ${key}`);
		return [d, count];
	});
	const counted = entries.reduce((sum, [, count]) => sum + count, 0);
	if (counted !== sums.n)
		problems.push(`the histogram of differences counts ${counted} pairs, not ${sums.n}`);
	if (problems.length > 0) throw new RangeError(`pair sums: ${problems.join('; ')}`);
	return entries;
}
