// An event's evaluation results from its rows: which people answered what, pre → post per pair of
// versions, the post-test's pass rate, retention at each follow-up, item analysis per version and
// the satisfaction figures, each under the small-cell rule (pure).
import { markedQuestions } from '../../../evaluation/scoring.js';
import type { Phase } from '../../../evaluation/values.js';
import type { Localized } from '../../../i18n/localized.js';
import { passRate } from '../../../statistics/descriptive.js';
import { pairUp } from '../../../statistics/paired.js';
import { disclosure, type Disclosure } from '../../../statistics/small-cells.js';
import { attemptsByPerson, type PersonAttempts } from './attempts.js';
import {
	followUpGroups,
	prePostGroups,
	type FollowUpGroup,
	type Measured,
	type PrePostGroup
} from './comparisons.js';
import type { EvaluationRows } from './internal/read.js';
import { versionItemAnalysis, type VersionItemAnalysis } from './item-analysis.js';
import { satisfactionFigures, type RatingQuestionFigures } from './satisfaction-figures.js';

export type ResultsPhase = {
	id: string;
	phase: Phase;
	offsetDays: number;
	surveyTitle: Localized;
	passMarkPercent: number | null;
	anonymous: boolean;
	/** Submissions (every attempt); named phases also say how many people answered. */
	submissions: number;
	people: number | null;
};

/** An instrument version as the page names it: its survey's title and number, and its marks. */
export type VersionLabel = { id: string; number: number; surveyTitle: Localized; maxScore: number };

export type Attrition = { pre: number; post: number; pairs: number; preOnly: number; postOnly: number };

export type PassFigures = {
	passMarkPercent: number;
	/** People who took the post-test. */
	n: number;
	disclosure: Disclosure;
	/** Counts from 5 people, shares from 10. */
	passedFirst: number | null;
	passedFirstPercent: number | null;
	passedAny: number | null;
	passedAnyPercent: number | null;
};

export type EventEvaluationResults = {
	eventId: string;
	phases: ResultsPhase[];
	versions: Record<string, VersionLabel>;
	attrition: Attrition | null;
	/** One group per pair of versions answered (more than one when an instrument changed). */
	prePost: PrePostGroup[];
	pass: PassFigures | null;
	followUps: { offsetDays: number; groups: FollowUpGroup[] }[];
	itemAnalyses: ({ phase: Phase; offsetDays: number } & VersionItemAnalysis)[];
	satisfaction: { versionId: string; respondents: number; questions: RatingQuestionFigures[] }[];
};

const firstAttempts = (people: ReadonlyMap<string, PersonAttempts>): Map<string, Measured> =>
	new Map([...people].map(([person, { first }]) => [person, first]));

const shareOf = (count: number, n: number, shown: Disclosure) =>
	shown === 'full' ? (100 * count) / n : null;

function passFigures(people: ReadonlyMap<string, PersonAttempts>, passMarkPercent: number): PassFigures {
	const first = [...people.values()].map(({ first }) => (100 * first.score) / first.maxScore);
	const rate = passRate(first, passMarkPercent);
	const passedAny = [...people.values()].filter((person) => person.passed === true).length;
	const shown = disclosure(rate.n);
	const counted = shown !== 'hidden';
	return {
		passMarkPercent,
		n: rate.n,
		disclosure: shown,
		passedFirst: counted ? rate.passed : null,
		passedFirstPercent: shown === 'full' ? rate.percent : null,
		passedAny: counted ? passedAny : null,
		passedAnyPercent: shareOf(passedAny, rate.n, shown)
	};
}

export function assembleResults(eventId: string, rows: EvaluationRows): EventEvaluationResults {
	const byPhase = new Map(
		rows.phases.map((phase) => [phase.id, attemptsByPerson(rows.attempts.get(phase.id) ?? [])])
	);
	const find = (kind: Phase) => rows.phases.find((phase) => phase.phase === kind);
	const [prePhase, postPhase] = [find('pre'), find('post')];
	const none = new Map<string, PersonAttempts>();
	const pre = firstAttempts(prePhase ? byPhase.get(prePhase.id)! : none);
	const postPeople = postPhase ? byPhase.get(postPhase.id)! : none;
	const post = firstAttempts(postPeople);
	const versions: Record<string, VersionLabel> = {};
	for (const version of rows.versions.values()) {
		const phase = rows.phases.find((candidate) => candidate.surveyId === version.surveyId);
		versions[version.id] = {
			id: version.id,
			number: version.number,
			surveyTitle: phase?.surveyTitle ?? {},
			maxScore: markedQuestions(version.definition).reduce((total, item) => total + item.marks, 0)
		};
	}
	const { pairs, firstOnly, secondOnly } = pairUp(
		new Map([...pre].map(([person, { score }]) => [person, score])),
		new Map([...post].map(([person, { score }]) => [person, score]))
	);
	const scored = rows.phases.filter((phase) => phase.phase !== 'satisfaction');
	return {
		eventId,
		phases: rows.phases.map((phase) => ({
			id: phase.id,
			phase: phase.phase,
			offsetDays: phase.offsetDays,
			surveyTitle: phase.surveyTitle,
			passMarkPercent: phase.passMarkPercent,
			anonymous: phase.anonymous,
			submissions: phase.submissions,
			people: phase.phase === 'satisfaction' ? null : byPhase.get(phase.id)!.size
		})),
		versions,
		attrition:
			prePhase && postPhase
				? { pre: pre.size, post: post.size, pairs: pairs.length, preOnly: firstOnly, postOnly: secondOnly }
				: null,
		prePost: prePhase && postPhase ? prePostGroups(pre, post) : [],
		pass:
			postPhase && postPhase.passMarkPercent !== null && postPeople.size > 0
				? passFigures(postPeople, postPhase.passMarkPercent)
				: null,
		followUps: rows.phases
			.filter((phase) => phase.phase === 'follow_up')
			.map((phase) => ({
				offsetDays: phase.offsetDays,
				groups: followUpGroups(pre, post, firstAttempts(byPhase.get(phase.id)!))
			})),
		itemAnalyses: scored.flatMap((phase) => {
			const attempts = [...byPhase.get(phase.id)!.values()].map(({ first }) => first);
			const versionIds = [...new Set(attempts.map((attempt) => attempt.versionId))];
			return versionIds.map((versionId) => ({
				phase: phase.phase,
				offsetDays: phase.offsetDays,
				...versionItemAnalysis(
					versionId,
					markedQuestions(rows.versions.get(versionId)!.definition).map((question) => ({
						name: question.name,
						marks: question.marks,
						module: question.module || null
					})),
					attempts.filter((attempt) => attempt.versionId === versionId)
				)
			}));
		}),
		satisfaction: rows.phases
			.filter((phase) => phase.phase === 'satisfaction')
			.flatMap((phase) => {
				const answers = rows.answers.get(phase.id) ?? [];
				const versionIds = [...new Set(answers.map((answer) => answer.versionId))];
				return versionIds.map((versionId) => {
					const mine = answers.filter((answer) => answer.versionId === versionId);
					return {
						versionId,
						respondents: mine.length,
						questions: satisfactionFigures(
							rows.versions.get(versionId)!.definition,
							mine.map((answer) => answer.answers)
						)
					};
				});
			})
	};
}
