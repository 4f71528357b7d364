// What is left of the gain months later: retention share and paired t-tests at follow-up.
import { checkScores } from './check.js';
import { mean } from './descriptive.js';
import { matchPeople, pairedT, type PairedT } from './paired.js';

export interface FollowUp {
	/** People with all three scores: every figure below is on them. */
	n: number;
	/** (mean follow-up − mean pre) / (mean post − mean pre); null when post and pre means are equal. */
	retentionShare: number | null;
	/** Paired t of follow-up − pre (is some gain left?) and follow-up − post (how much was lost?). */
	versusPre: PairedT;
	versusPost: PairedT;
	method: 'retention-of-means';
}

/**
 * Retention share (follow-up − pre)/(post − pre) on the means, and paired t-tests of follow-up
 * against pre and against post, all on the people with pre, post and follow-up scores.
 */
export function followUp<K>(
	pre: ReadonlyMap<K, number>,
	post: ReadonlyMap<K, number>,
	later: ReadonlyMap<K, number>,
	maxScore: number
): FollowUp {
	const rows = matchPeople([pre, post, later]);
	const column = (index: number) => rows.map((row) => row[index]);
	checkScores('pre-test scores', column(0), maxScore);
	checkScores('post-test scores', column(1), maxScore);
	checkScores('follow-up scores', column(2), maxScore);
	const [meanPre, meanPost, meanLater] = [0, 1, 2].map((index) => mean(column(index)));
	return {
		n: rows.length,
		retentionShare:
			meanPre === null || meanPost === null || meanLater === null || meanPost === meanPre
				? null
				: (meanLater - meanPre) / (meanPost - meanPre),
		versusPre: pairedT(rows.map(([first, , third]) => [first, third] as const)),
		versusPost: pairedT(rows.map(([, second, third]) => [second, third] as const)),
		method: 'retention-of-means'
	};
}
