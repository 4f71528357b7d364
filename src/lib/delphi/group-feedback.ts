// What of a round's result per stakeholder group may be shown beside the whole panel's without
// letting anyone read or work out a rating: statistical disclosure control, primary and secondary
// suppression. A group with fewer ratings than the study's minimum is not shown on its own
// (primary). Such groups are shown together as "other groups"; when those are still too few, the
// smallest shown groups join them (secondary) until they are not, since the whole panel minus the
// groups shown always gives away what is left. Nothing left to show on its own: no group is shown.
import { summarise, type Rating, type Summary } from './consensus.js';
import type { StatementRoundResult } from './round-result.js';
import { scales, type ScaleKind } from './rule.js';

/** The smallest group a study may show (a lone rating is never shown), the usual one, and a ceiling. */
export const minGroupSizes = { least: 2, usual: 3, most: 100 } as const;

/** A result as it may be shown: only groups with enough ratings, the rest merged or left out. */
export type ShownRoundResult = StatementRoundResult & {
	/** The groups not shown on their own, together; null when every group is shown or none is. */
	otherGroups: Summary | null;
};

/** The answers a summary counts, back as ratings (unable-to-rate as null), to summarise a merge. */
function answersOf(summary: Summary, scale: ScaleKind): Rating[] {
	const { min } = scales[scale];
	const rated = summary.counts.flatMap((count, index) => new Array<Rating>(count).fill(min + index));
	return [...rated, ...new Array<Rating>(summary.nUnable).fill(null)];
}

/**
 * The groups of `result` that may be shown when each shown figure must rest on at least
 * `minGroupSize` ratings, including what can be worked out as the whole panel minus those shown.
 */
export function shownGroups(
	result: StatementRoundResult,
	minGroupSize: number,
	scale: ScaleKind
): ShownRoundResult {
	const groups = Object.entries(result.byGroup);
	const merged = groups.filter(([, summary]) => summary.nRated < minGroupSize);
	if (merged.length === 0) return { ...result, otherGroups: null };
	const large = groups
		.filter(([, summary]) => summary.nRated >= minGroupSize)
		.sort(([a, first], [b, second]) => first.nRated - second.nRated || a.localeCompare(b));
	const ratingsOf = (entries: typeof groups) => entries.reduce((sum, [, summary]) => sum + summary.nRated, 0);
	while (ratingsOf(merged) < minGroupSize && large.length > 0) merged.push(large.shift()!);
	if (large.length === 0) return { overall: result.overall, byGroup: {}, otherGroups: null };
	const shown = new Set(large.map(([group]) => group));
	return {
		overall: result.overall,
		byGroup: Object.fromEntries(groups.filter(([group]) => shown.has(group))),
		otherGroups: summarise(
			merged.flatMap(([, summary]) => answersOf(summary, scale)),
			scale
		)
	};
}

/**
 * What the panel sees of a result: panellists know who sits on the panel, so when the whole panel
 * gave fewer ratings than the minimum, even its figures would let one work out another's rating.
 */
export function panelFeedback(
	result: StatementRoundResult,
	minGroupSize: number,
	scale: ScaleKind
): ShownRoundResult | null {
	return result.overall.nRated < minGroupSize ? null : shownGroups(result, minGroupSize, scale);
}
