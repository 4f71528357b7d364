// An event's summary cells (participant's country × profession) from its people and their test
// scores: the pre → post pair sums with the cell's counts, and the post → follow-up pair sums of
// the people with all three tests, per follow-up offset. Pure: the refresh job reads the rows and
// writes these cells; the dashboards add them up.
import type { Profession } from '../directory/values.js';
import { addPairSums, pairSumsOf, type PairSums } from '../statistics/pre-post-sums.js';
import type { SummaryKind } from './values.js';

/** A registration of the event: whose tests these are, where they count. */
export type SummaryPerson = {
	id: string;
	countryCode: string;
	profession: Profession;
	confirmed: boolean;
	certified: boolean;
};

/** One scored submission of a named test (pre, post, follow-up). */
export type SummaryTest = {
	registrationId: string;
	phase: 'pre' | 'post' | 'follow_up';
	offsetDays: number;
	attempt: number;
	score: number;
	maxScore: number;
	passed: boolean | null;
};

/** Satisfaction forms of one country × profession, their ratings in percent of each rating's scale. */
export type SummaryRatings = {
	countryCode: string;
	profession: Profession;
	responses: number;
	ratings: number;
	sumRatingPercent: number;
};

export type SummaryCounts = {
	participants: number;
	certificates: number;
	preOnly: number;
	postOnly: number;
	postTakers: number;
	passes: number;
	satisfactionResponses: number;
	ratings: number;
	sumRatingPercent: number;
};

export type SummaryCell = {
	countryCode: string;
	profession: Profession;
	kind: SummaryKind;
	offsetDays: number;
	sums: PairSums;
	/** Follow-up cells: Σ pre-test percent of their people. */
	sumBaseline: number;
	counts: SummaryCounts;
};

/** A cell's counts before anyone is counted. */
export const emptyCounts: SummaryCounts = {
	participants: 0,
	certificates: 0,
	preOnly: 0,
	postOnly: 0,
	postTakers: 0,
	passes: 0,
	satisfactionResponses: 0,
	ratings: 0,
	sumRatingPercent: 0
};

type Score = { score: number; maxScore: number };

/**
 * Pair sums of pairs scored against their own maxima: pairs of one max are summed on it (exact
 * differences), pairs whose two tests have different maxima on percent scores.
 */
export function sumsOfScoredPairs(pairs: readonly (readonly [Score, Score])[]): PairSums {
	const byMax = new Map<number, [number, number][]>();
	for (const [first, second] of pairs) {
		const same = first.maxScore === second.maxScore;
		const max = same ? first.maxScore : 100;
		const pair: [number, number] = same
			? [first.score, second.score]
			: [(100 * first.score) / first.maxScore, (100 * second.score) / second.maxScore];
		const list = byMax.get(max) ?? [];
		list.push(pair);
		byMax.set(max, list);
	}
	return addPairSums(...[...byMax].map(([max, list]) => pairSumsOf(list, max)));
}

/** The first attempt of each phase (and follow-up offset) per person. */
function firstAttempts(tests: readonly SummaryTest[]): Map<string, Map<string, SummaryTest>> {
	const byPerson = new Map<string, Map<string, SummaryTest>>();
	for (const test of tests) {
		const key = test.phase === 'follow_up' ? `follow_up:${test.offsetDays}` : test.phase;
		const own = byPerson.get(test.registrationId) ?? new Map<string, SummaryTest>();
		const held = own.get(key);
		if (!held || test.attempt < held.attempt) own.set(key, test);
		byPerson.set(test.registrationId, own);
	}
	return byPerson;
}

/** The event's cells: one pre → post cell per country × profession with people, tests or ratings; follow-up cells where there are pairs. */
export function summaryCells(
	people: readonly SummaryPerson[],
	tests: readonly SummaryTest[],
	ratings: readonly SummaryRatings[]
): SummaryCell[] {
	const attempts = firstAttempts(tests);
	const passedBy = new Set(tests.filter((t) => t.phase === 'post' && t.passed).map((t) => t.registrationId));
	type Gathered = {
		counts: SummaryCounts;
		pairs: [Score, Score][];
		followUps: Map<number, { pairs: [Score, Score][]; sumBaseline: number }>;
	};
	const cells = new Map<string, Gathered & { countryCode: string; profession: Profession }>();
	const cellOf = (countryCode: string, profession: Profession) => {
		const key = `${countryCode}:${profession}`;
		let cell = cells.get(key);
		if (!cell) {
			cell = { countryCode, profession, counts: { ...emptyCounts }, pairs: [], followUps: new Map() };
			cells.set(key, cell);
		}
		return cell;
	};
	for (const person of people) {
		const own = attempts.get(person.id);
		if (!person.confirmed && !own) continue;
		const cell = cellOf(person.countryCode, person.profession);
		const { counts } = cell;
		if (person.confirmed) counts.participants += 1;
		if (person.certified) counts.certificates += 1;
		const pre = own?.get('pre');
		const post = own?.get('post');
		if (pre && !post) counts.preOnly += 1;
		if (post && !pre) counts.postOnly += 1;
		if (post) counts.postTakers += 1;
		if (passedBy.has(person.id)) counts.passes += 1;
		if (!pre || !post) continue;
		cell.pairs.push([pre, post]);
		for (const [key, later] of own ?? []) {
			if (!key.startsWith('follow_up:')) continue;
			const followUp = cell.followUps.get(later.offsetDays) ?? { pairs: [], sumBaseline: 0 };
			followUp.pairs.push([post, later]);
			followUp.sumBaseline += (100 * pre.score) / pre.maxScore;
			cell.followUps.set(later.offsetDays, followUp);
		}
	}
	for (const rated of ratings) {
		const { counts } = cellOf(rated.countryCode, rated.profession);
		counts.satisfactionResponses += rated.responses;
		counts.ratings += rated.ratings;
		counts.sumRatingPercent += rated.sumRatingPercent;
	}
	return [...cells.values()].flatMap((cell) => [
		{
			countryCode: cell.countryCode,
			profession: cell.profession,
			kind: 'pre_post' as const,
			offsetDays: 0,
			sums: sumsOfScoredPairs(cell.pairs),
			sumBaseline: 0,
			counts: cell.counts
		},
		...[...cell.followUps].map(([offsetDays, followUp]) => ({
			countryCode: cell.countryCode,
			profession: cell.profession,
			kind: 'follow_up' as const,
			offsetDays,
			sums: sumsOfScoredPairs(followUp.pairs),
			sumBaseline: followUp.sumBaseline,
			counts: emptyCounts
		}))
	]);
}
