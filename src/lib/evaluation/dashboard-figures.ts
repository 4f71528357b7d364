// A dashboard's figures from merged summary cells, with the small-cell rule applied: a figure about
// fewer than 5 people is never given (null, shown "—"), below 10 people only counts and means
// (no test, CI or effect size). Pure: the domain reads the sums, pages and exports show these.
import { addPairSums, prePostFromSums, type PairSums } from '../statistics/pre-post-sums.js';
import { disclosure, hiddenBelow, type Disclosure } from '../statistics/small-cells.js';
import { emptyCounts, type SummaryCounts } from './summary-cells.js';

/** What one slice of the summary (a country, the whole filter) adds up to. */
export type SliceSums = {
	counts: SummaryCounts;
	prePost: PairSums;
	/** Post → follow-up sums per offset, with Σ pre-test percent of the same people. */
	followUps: { offsetDays: number; sums: PairSums; sumBaseline: number }[];
};

/** The slices added up (counts, pair sums, follow-ups of the same offset). */
export function addSlices(slices: readonly SliceSums[]): SliceSums {
	const counts = { ...emptyCounts };
	for (const slice of slices)
		for (const key of Object.keys(counts) as (keyof SummaryCounts)[]) counts[key] += slice.counts[key];
	const offsets = [...new Set(slices.flatMap((s) => s.followUps.map((f) => f.offsetDays)))].sort(
		(a, b) => a - b
	);
	return {
		counts,
		prePost: addPairSums(...slices.map((slice) => slice.prePost)),
		followUps: offsets.map((offsetDays) => {
			const same = slices.flatMap((s) => s.followUps.filter((f) => f.offsetDays === offsetDays));
			return {
				offsetDays,
				sums: addPairSums(...same.map((f) => f.sums)),
				sumBaseline: same.reduce((sum, f) => sum + f.sumBaseline, 0)
			};
		})
	};
}

/** A count of people as it may be shown: 0, or 5 and more; null (hidden) from 1 to 4. */
export const shownCount = (count: number): number | null => (count > 0 && count < hiddenBelow ? null : count);

export type LearningFigures = {
	disclosure: Disclosure;
	/** Pairs (people with a pre- and a post-test); null when hidden. */
	n: number | null;
	/** Percent scores of the pairs; gain = mean post − mean pre in percent points. */
	meanPre: number | null;
	meanPost: number | null;
	gain: number | null;
	/** Hake's normalised gain ⟨g⟩ of the means. */
	normalisedGain: number | null;
	/** Full disclosure only (n ≥ 10). */
	ci95: readonly [number, number] | null;
	cohenDz: number | null;
	p: number | null;
};

/** Pre → post figures of pair sums, as far as their n allows. */
export function learningFigures(sums: PairSums): LearningFigures {
	const shown = disclosure(sums.n);
	const none = { n: null, meanPre: null, meanPost: null, gain: null, normalisedGain: null };
	const noTest = { ci95: null, cohenDz: null, p: null };
	if (shown === 'hidden') return { disclosure: shown, ...none, ...noTest };
	const figures = prePostFromSums(sums);
	return {
		disclosure: shown,
		n: sums.n,
		meanPre: figures.pre.mean,
		meanPost: figures.post.mean,
		gain: figures.pairedT.meanDifference,
		normalisedGain: figures.gain.gainOfMeans,
		...(shown === 'full'
			? { ci95: figures.pairedT.ci95, cohenDz: figures.pairedT.cohenDz, p: figures.pairedT.p }
			: noTest)
	};
}

export type FollowUpFigures = {
	offsetDays: number;
	disclosure: Disclosure;
	n: number | null;
	meanPre: number | null;
	meanPost: number | null;
	meanFollowUp: number | null;
	/** (follow-up − pre) / (post − pre) on the means of the people with all three tests. */
	retention: number | null;
};

export function followUpFigures(followUp: SliceSums['followUps'][number]): FollowUpFigures {
	const { sums, offsetDays } = followUp;
	const shown = disclosure(sums.n);
	if (shown === 'hidden')
		return {
			offsetDays,
			disclosure: shown,
			n: null,
			meanPre: null,
			meanPost: null,
			meanFollowUp: null,
			retention: null
		};
	const [meanPre, meanPost, meanFollowUp] = [followUp.sumBaseline, sums.sumPre, sums.sumPost].map(
		(sum) => sum / sums.n
	);
	return {
		offsetDays,
		disclosure: shown,
		n: sums.n,
		meanPre,
		meanPost,
		meanFollowUp,
		retention: meanPost === meanPre ? null : (meanFollowUp - meanPre) / (meanPost - meanPre)
	};
}

export type SliceFigures = {
	participants: number | null;
	certificates: number | null;
	preOnly: number | null;
	postOnly: number | null;
	/** Passed post-tests among those who took one, in percent (hidden below 5 takers). */
	passRate: number | null;
	passes: number | null;
	learning: LearningFigures;
	/** Forms returned and their mean rating as percent of the scale (hidden below 5 forms). */
	satisfaction: { n: number | null; meanPercent: number | null };
	followUps: FollowUpFigures[];
};

/** Everything a dashboard shows of one slice. */
export function sliceFigures(slice: SliceSums): SliceFigures {
	const { counts } = slice;
	const satisfactionShown = disclosure(counts.satisfactionResponses) !== 'hidden' && counts.ratings > 0;
	return {
		participants: shownCount(counts.participants),
		certificates: shownCount(counts.certificates),
		preOnly: shownCount(counts.preOnly),
		postOnly: shownCount(counts.postOnly),
		passes: shownCount(counts.passes),
		passRate: disclosure(counts.postTakers) === 'hidden' ? null : (100 * counts.passes) / counts.postTakers,
		learning: learningFigures(slice.prePost),
		satisfaction: {
			n: shownCount(counts.satisfactionResponses),
			meanPercent: satisfactionShown ? counts.sumRatingPercent / counts.ratings : null
		},
		followUps: slice.followUps.map(followUpFigures)
	};
}

/** Kirkpatrick's levels a slice has figures for (L4, results, is not measured yet). */
export function levelsCovered(slice: SliceSums): {
	reaction: boolean;
	learning: boolean;
	behaviour: boolean;
	results: false;
} {
	return {
		reaction: slice.counts.satisfactionResponses > 0,
		learning: slice.prePost.n > 0,
		behaviour: slice.followUps.some((followUp) => followUp.sums.n > 0),
		results: false
	};
}
