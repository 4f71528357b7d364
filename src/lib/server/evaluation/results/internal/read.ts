// What an event's evaluation results are computed from, read in four statements: the plan's phases,
// the named scored submissions with their marks per item, the satisfaction answers (without whose
// they are), and the instrument versions answered.
import { and, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import type { Answers, SurveyDefinition } from '../../../../surveys/definition.js';
import { db } from '../../../db/client.js';
import {
	evaluationItem,
	evaluationPhase,
	evaluationSubmission,
	instrumentVersion
} from '../../../db/schema/evaluation.js';
import { planPhases, type PlanPhase } from '../../plan.js';
import type { Attempt, ItemMark } from '../attempts.js';

export type VersionRow = { id: string; number: number; surveyId: string; definition: SurveyDefinition };

export type EvaluationRows = {
	phases: PlanPhase[];
	/** Named attempts at the scored phases, by phase id. */
	attempts: Map<string, Attempt[]>;
	/** Answers to the satisfaction phase (named or not: never joined to people), by phase id. */
	answers: Map<string, { versionId: string; answers: Answers }[]>;
	versions: Map<string, VersionRow>;
};

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
	const list = map.get(key) ?? [];
	list.push(value);
	map.set(key, list);
};

export async function readEvaluation(eventId: string): Promise<EvaluationRows> {
	const [phases, scored, items, answered] = await Promise.all([
		planPhases(db(), eventId),
		db()
			.select({
				id: evaluationSubmission.id,
				phaseId: evaluationSubmission.phaseId,
				registrationId: evaluationSubmission.registrationId,
				attempt: evaluationSubmission.attempt,
				versionId: evaluationSubmission.versionId,
				score: evaluationSubmission.score,
				maxScore: evaluationSubmission.maxScore,
				passed: evaluationSubmission.passed,
				submittedAt: evaluationSubmission.submittedAt
			})
			.from(evaluationSubmission)
			.innerJoin(evaluationPhase, eq(evaluationPhase.id, evaluationSubmission.phaseId))
			.where(
				and(
					eq(evaluationSubmission.eventId, eventId),
					ne(evaluationPhase.phase, 'satisfaction'),
					isNotNull(evaluationSubmission.registrationId),
					isNotNull(evaluationSubmission.score),
					isNotNull(evaluationSubmission.maxScore)
				)
			),
		db()
			.select({
				submissionId: evaluationItem.submissionId,
				item: evaluationItem.item,
				module: evaluationItem.module,
				marks: evaluationItem.marks,
				earned: evaluationItem.earned
			})
			.from(evaluationItem)
			.innerJoin(evaluationSubmission, eq(evaluationSubmission.id, evaluationItem.submissionId))
			.where(eq(evaluationSubmission.eventId, eventId)),
		db()
			.select({
				phaseId: evaluationSubmission.phaseId,
				versionId: evaluationSubmission.versionId,
				answers: evaluationSubmission.answers
			})
			.from(evaluationSubmission)
			.innerJoin(evaluationPhase, eq(evaluationPhase.id, evaluationSubmission.phaseId))
			.where(and(eq(evaluationSubmission.eventId, eventId), eq(evaluationPhase.phase, 'satisfaction')))
	]);
	const marks = new Map<string, ItemMark[]>();
	for (const { submissionId, ...item } of items) push(marks, submissionId, item);
	const attempts = new Map<string, Attempt[]>();
	for (const { id, phaseId, registrationId, score, maxScore, ...row } of scored)
		push(attempts, phaseId, {
			...row,
			registrationId: registrationId!,
			score: score!,
			maxScore: maxScore!,
			items: marks.get(id) ?? null
		});
	const answers = new Map<string, { versionId: string; answers: Answers }[]>();
	for (const { phaseId, ...row } of answered) push(answers, phaseId, row);
	const versionIds = [...new Set([...scored, ...answered].map((row) => row.versionId))];
	const versions =
		versionIds.length === 0
			? []
			: await db()
					.select({
						id: instrumentVersion.id,
						number: instrumentVersion.number,
						surveyId: instrumentVersion.surveyId,
						definition: instrumentVersion.definition
					})
					.from(instrumentVersion)
					.where(inArray(instrumentVersion.id, versionIds));
	return { phases, attempts, answers, versions: new Map(versions.map((version) => [version.id, version])) };
}
