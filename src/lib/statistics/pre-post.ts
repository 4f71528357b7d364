// Everything the evaluation pages show about one pre-test → post-test comparison.
import { describeScores, type Description } from './descriptive.js';
import { normalisedGain, type NormalisedGain } from './gain.js';
import { pairedT, pairUp, type PairedT } from './paired.js';
import { wilcoxonSignedRank, type Wilcoxon } from './wilcoxon.js';

export interface PrePost {
	nPairs: number;
	/** Attrition: people with a pre-test only, and with a post-test only. */
	preOnly: number;
	postOnly: number;
	/** Pre and post scores of the pairs (every figure here is on the pairs). */
	pre: Description;
	post: Description;
	pairedT: PairedT;
	wilcoxon: Wilcoxon;
	gain: NormalisedGain;
}

/** Pre → post on the people with both scores (0 to `maxScore`), each keyed by the same person id. */
export function prePost<K>(
	pre: ReadonlyMap<K, number>,
	post: ReadonlyMap<K, number>,
	maxScore: number
): PrePost {
	const { pairs, firstOnly, secondOnly } = pairUp(pre, post);
	const gain = normalisedGain(pairs, maxScore); // checks the scores first
	return {
		nPairs: pairs.length,
		preOnly: firstOnly,
		postOnly: secondOnly,
		pre: describeScores(pairs.map(([first]) => first)),
		post: describeScores(pairs.map(([, second]) => second)),
		pairedT: pairedT(pairs),
		wilcoxon: wilcoxonSignedRank(pairs.map(([first, second]) => second - first)),
		gain
	};
}
