// Pre → post and follow-up comparisons of an event's tests, on each person's first attempt, never
// mixing instrument versions: people are grouped by the versions they answered, and each group's
// figures pass the small-cell rule (pure).
import type { Description } from '../../../statistics/descriptive.js';
import { describeScores } from '../../../statistics/descriptive.js';
import { followUp } from '../../../statistics/follow-up.js';
import { mcNemar } from '../../../statistics/items.js';
import { matchPeople, type PairedT } from '../../../statistics/paired.js';
import { prePost } from '../../../statistics/pre-post.js';
import { disclosure, type Disclosure } from '../../../statistics/small-cells.js';
import type { Wilcoxon } from '../../../statistics/wilcoxon.js';
import { moduleMarks, type ItemMark } from './attempts.js';

/** One person's first attempt at a phase, as the comparisons read it. */
export type Measured = { versionId: string; score: number; maxScore: number; items: ItemMark[] | null };
export type People = ReadonlyMap<string, Measured>;

/**
 * What a group's figures are counted in: marks out of the versions' maximum, or percent of each
 * version's maximum (out of 100) when the versions compared have different maxima.
 */
export type Scale = { unit: 'marks' | 'percent'; maxScore: number };

export type PrePostFigures = {
	n: number;
	disclosure: Disclosure;
	/** Hidden (null) below 5 people. */
	pre: Description | null;
	post: Description | null;
	meanGain: number | null;
	sdGain: number | null;
	gainOfMeans: number | null;
	averageGain: number | null;
	excludedAtMax: number | null;
	/** Tests and effect sizes: only from 10 people (null otherwise). */
	pairedT: PairedT | null;
	wilcoxon: Wilcoxon | null;
};

export type ModuleGain = { module: string; scale: Scale; figures: PrePostFigures };

export type ItemChange = {
	item: string;
	n: number;
	disclosure: Disclosure;
	wrongToRight: number | null;
	rightToWrong: number | null;
	/** Exact McNemar, two-sided: only from 10 people. */
	p: number | null;
};

export type PrePostGroup = {
	/** Version ids of the pre-test and the post-test. */
	versionIds: [pre: string, post: string];
	scale: Scale;
	figures: PrePostFigures;
	modules: ModuleGain[];
	/** Per item, when the pre-test and the post-test are the same version; null otherwise. */
	itemChanges: ItemChange[] | null;
};

export type FollowUpGroup = {
	versionIds: [pre: string, post: string, later: string];
	scale: Scale;
	n: number;
	disclosure: Disclosure;
	/** Means of pre, post and follow-up of the people with all three; null below 5. */
	pre: Description | null;
	post: Description | null;
	later: Description | null;
	retentionShare: number | null;
	versusPre: PairedT | null;
	versusPost: PairedT | null;
};

/** The people in every one of `measures`, grouped by the versions they answered (in first-seen order). */
export function groupByVersions(measures: readonly People[]): { versionIds: string[]; people: string[] }[] {
	const groups = new Map<string, { versionIds: string[]; people: string[] }>();
	for (const person of measures[0]?.keys() ?? []) {
		const answered = measures.map((measure) => measure.get(person));
		if (answered.some((value) => value === undefined)) continue;
		const versionIds = answered.map((value) => value!.versionId);
		const key = versionIds.join(' ');
		const group = groups.get(key) ?? { versionIds, people: [] };
		group.people.push(person);
		groups.set(key, group);
	}
	return [...groups.values()];
}

/** Marks when every measure is out of the same maximum, else percent of each one's maximum. */
export function scaleOf(maxima: readonly number[]): Scale {
	return maxima.every((max) => max === maxima[0])
		? { unit: 'marks', maxScore: maxima[0] }
		: { unit: 'percent', maxScore: 100 };
}

const onScale = (scale: Scale, score: number, maxScore: number) =>
	scale.unit === 'marks' ? score : (100 * score) / maxScore;

/** Scores of `people` on `scale`, keyed by person. */
const scoresOf = (measure: People, people: readonly string[], scale: Scale) =>
	new Map(
		people.map((person) => {
			const { score, maxScore } = measure.get(person)!;
			return [person, onScale(scale, score, maxScore)] as const;
		})
	);

/** prePost() of the people with both scores, under the small-cell rule. */
export function prePostFigures(
	pre: ReadonlyMap<string, number>,
	post: ReadonlyMap<string, number>,
	maxScore: number
): PrePostFigures {
	const result = prePost(pre, post, maxScore);
	const shown = disclosure(result.nPairs);
	if (shown === 'hidden')
		return {
			n: result.nPairs,
			disclosure: shown,
			pre: null,
			post: null,
			meanGain: null,
			sdGain: null,
			gainOfMeans: null,
			averageGain: null,
			excludedAtMax: null,
			pairedT: null,
			wilcoxon: null
		};
	return {
		n: result.nPairs,
		disclosure: shown,
		pre: result.pre,
		post: result.post,
		meanGain: result.pairedT.meanDifference,
		sdGain: result.pairedT.sdDifference,
		gainOfMeans: result.gain.gainOfMeans,
		averageGain: result.gain.averageGain,
		excludedAtMax: result.gain.excludedAtMax,
		pairedT: shown === 'full' ? result.pairedT : null,
		wilcoxon: shown === 'full' ? result.wilcoxon : null
	};
}

/** Gain per module tag the two versions share, on the people with marks per item at both times. */
function moduleGains(pre: People, post: People, people: readonly string[]): ModuleGain[] {
	const withItems = people.filter((person) => pre.get(person)!.items && post.get(person)!.items);
	const marksOf = (measure: People) =>
		new Map(withItems.map((person) => [person, moduleMarks(measure.get(person)!.items!)]));
	const [before, after] = [marksOf(pre), marksOf(post)];
	const modules = [...new Set([...before.values()].flatMap((modules) => [...modules.keys()]))].filter(
		(module) => [...after.values()].some((modules) => modules.has(module))
	);
	return modules.map((module) => {
		const answered = withItems.filter(
			(person) => before.get(person)!.has(module) && after.get(person)!.has(module)
		);
		const sums = (marks: typeof before, person: string) => marks.get(person)!.get(module)!;
		const scale = scaleOf([
			...answered.map((person) => sums(before, person).marks),
			...answered.map((person) => sums(after, person).marks)
		]);
		const scores = (marks: typeof before) =>
			new Map(
				answered.map((person) => {
					const { earned, marks: max } = sums(marks, person);
					return [person, onScale(scale, earned, max)] as const;
				})
			);
		return { module, scale, figures: prePostFigures(scores(before), scores(after), scale.maxScore) };
	});
}

/** Per item of one version answered at both times: right (full marks) → wrong and back, exact McNemar. */
function itemChanges(pre: People, post: People, people: readonly string[]): ItemChange[] {
	const withItems = people.filter((person) => pre.get(person)!.items && post.get(person)!.items);
	const right = (items: readonly ItemMark[]) =>
		new Map(items.map((item) => [item.item, item.earned >= item.marks] as const));
	const pairs = withItems.map((person) => [right(pre.get(person)!.items!), right(post.get(person)!.items!)]);
	const names = [...new Set(withItems.flatMap((person) => pre.get(person)!.items!.map((item) => item.item)))];
	return names.map((item) => {
		const answered = pairs.flatMap(([before, after]) =>
			before.has(item) && after.has(item) ? [[before.get(item)!, after.get(item)!] as const] : []
		);
		const test = mcNemar(answered);
		const shown = disclosure(test.n);
		return {
			item,
			n: test.n,
			disclosure: shown,
			wrongToRight: shown === 'hidden' ? null : test.wrongToRight,
			rightToWrong: shown === 'hidden' ? null : test.rightToWrong,
			p: shown === 'full' ? test.p : null
		};
	});
}

/** Pre → post per pair of versions answered: figures, gain per module, change per item. */
export function prePostGroups(pre: People, post: People): PrePostGroup[] {
	return groupByVersions([pre, post]).map(({ versionIds: [preVersion, postVersion], people }) => {
		const scale = scaleOf([pre.get(people[0])!.maxScore, post.get(people[0])!.maxScore]);
		return {
			versionIds: [preVersion, postVersion],
			scale,
			figures: prePostFigures(scoresOf(pre, people, scale), scoresOf(post, people, scale), scale.maxScore),
			modules: moduleGains(pre, post, people),
			itemChanges: preVersion === postVersion ? itemChanges(pre, post, people) : null
		};
	});
}

/** Retention at one follow-up, per triple of versions answered (pre, post, follow-up). */
export function followUpGroups(pre: People, post: People, later: People): FollowUpGroup[] {
	return groupByVersions([pre, post, later]).map(({ versionIds, people }) => {
		const scale = scaleOf([pre, post, later].map((measure) => measure.get(people[0])!.maxScore));
		const [before, after, then] = [pre, post, later].map((measure) => scoresOf(measure, people, scale));
		const result = followUp(before, after, then, scale.maxScore);
		const shown = disclosure(result.n);
		const rows = matchPeople([before, after, then]);
		const column = (index: number) =>
			shown === 'hidden' ? null : describeScores(rows.map((row) => row[index]));
		return {
			versionIds: versionIds as FollowUpGroup['versionIds'],
			scale,
			n: result.n,
			disclosure: shown,
			pre: column(0),
			post: column(1),
			later: column(2),
			retentionShare: shown === 'hidden' ? null : result.retentionShare,
			versusPre: shown === 'full' ? result.versusPre : null,
			versusPost: shown === 'full' ? result.versusPost : null
		};
	});
}
