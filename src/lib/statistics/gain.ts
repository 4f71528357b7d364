// Learning gain normalised by the room left to learn (Hake 1998).
import { checkPairScores } from './check.js';
import { mean } from './descriptive.js';
import type { Pair } from './paired.js';

export interface NormalisedGain {
	n: number;
	/** Hake's ⟨g⟩ = (mean post − mean pre) / (max − mean pre) over all pairs; null when mean pre = max or n = 0. */
	gainOfMeans: number | null;
	/** Mean of (post − pre) / (max − pre) over the people below max on the pre-test; null when none. */
	averageGain: number | null;
	/** People at max on the pre-test: left out of averageGain (no room to gain), counted here. */
	excludedAtMax: number;
	method: 'hake-normalised-gain';
}

/**
 * Hake's ⟨g⟩ of the means (all pairs) and the average of individual normalised gains, people at
 * max on the pre-test excluded and counted. Scores from 0 to `maxScore`.
 */
export function normalisedGain(pairs: readonly Pair[], maxScore: number): NormalisedGain {
	checkPairScores(pairs, maxScore);
	const meanPre = mean(pairs.map(([pre]) => pre));
	const meanPost = mean(pairs.map(([, post]) => post));
	const belowMax = pairs.filter(([pre]) => pre < maxScore);
	return {
		n: pairs.length,
		gainOfMeans:
			meanPre === null || meanPost === null || meanPre === maxScore
				? null
				: (meanPost - meanPre) / (maxScore - meanPre),
		averageGain: mean(belowMax.map(([pre, post]) => (post - pre) / (maxScore - pre))),
		excludedAtMax: pairs.length - belowMax.length,
		method: 'hake-normalised-gain'
	};
}
