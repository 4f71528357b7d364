// Results from paper for one scored phase (pre-test, post-test, follow-up), shared by the score grid
// (entry.ts) and the file import (score-import.ts): the phase's test, the event's confirmed
// participants with what each already has, and storing checked results in the caller's transaction.
// Whoever takes attendance at the event (its facilitators, the focal point, the coordinator) enters them.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { markedQuestions } from '../../evaluation/scoring.js';
import { markStep, maxScoreOf, totalStep } from '../../evaluation/marks.js';
import { scoredPhases, type Phase } from '../../evaluation/values.js';
import type { Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { authorize } from '../auth/authorize.js';
import { db, type DbOrTx } from '../db/client.js';
import { evaluationPhase, evaluationSubmission } from '../db/schema/evaluation.js';
import { event, registration } from '../db/schema/events.js';
import { survey } from '../db/schema/surveys.js';
import { DomainError } from '../errors.js';
import { getEventPlace } from '../events/place.js';
import { assertRecordId } from '../validate.js';
import { phaseOrder } from './plan.js';
import { recordResults, type PhaseToRecord, type ResultToRecord } from './record.js';
import { maxPostTestAttempts, type Attempt } from './take.js';

export type ScoreItem = {
	name: string;
	label: Localized;
	marks: number;
	/** The step a mark of it takes (marks.ts). */
	step: number;
	module: string | null;
};

/**
 * Where a person stands: nothing yet (`open`: attempt 1), a failed post-test that may be taken
 * again (`retake`: the next attempt), or a result that stays as it is (`done`).
 */
export type EntryState = 'open' | 'retake' | 'done';

export type ScorePerson = {
	registrationId: string;
	/**
	 * The registration code a score file may name a person by: the first 8 characters of the
	 * registration's id, in capitals (shown on the score grid and written in the template).
	 */
	code: string;
	fullName: string;
	email: string;
	countryCode: string;
	profession: string;
	attempts: Attempt[];
	state: EntryState;
	/** The attempt a result entered now is: the next one. */
	nextAttempt: number;
};

export type ScoreSheet = {
	eventId: string;
	eventTitle: Localized;
	phase: { id: string; phase: Phase; offsetDays: number; passMarkPercent: number | null };
	items: ScoreItem[];
	maxScore: number;
	totalStep: number;
	/** The event's confirmed participants, by name. */
	people: ScorePerson[];
};

/** The sheet with the phase as `recordResults` stores it. */
export type LoadedSheet = ScoreSheet & { toRecord: PhaseToRecord };

function stateOf(phase: Phase, attempts: readonly Attempt[]): EntryState {
	if (attempts.length === 0) return 'open';
	const failed = attempts.every((attempt) => attempt.passed === false);
	return phase === 'post' && failed && attempts.length < maxPostTestAttempts ? 'retake' : 'done';
}

/**
 * The phase's sheet, after checking that the actor takes attendance at the event. With `lock`, the
 * phase is locked until the transaction ends: two entries for one phase wait for each other, so the
 * second sees what the first stored.
 */
export async function loadSheet(
	tx: DbOrTx,
	actor: Actor,
	eventId: string,
	phaseId: string,
	{ lock = false } = {}
): Promise<LoadedSheet> {
	authorize(actor, 'takeAttendance', await getEventPlace(tx, eventId));
	assertRecordId(phaseId, 'phase');
	const phaseQuery = tx
		.select({
			id: evaluationPhase.id,
			phase: evaluationPhase.phase,
			offsetDays: evaluationPhase.offsetDays,
			passMarkPercent: evaluationPhase.passMarkPercent,
			surveyId: survey.id,
			definition: survey.definition,
			eventTitle: event.title
		})
		.from(evaluationPhase)
		.innerJoin(survey, eq(survey.id, evaluationPhase.surveyId))
		.innerJoin(event, eq(event.id, evaluationPhase.eventId))
		.where(
			and(
				eq(evaluationPhase.id, phaseId),
				eq(evaluationPhase.eventId, eventId),
				inArray(evaluationPhase.phase, [...scoredPhases])
			)
		);
	const [row] = lock ? await phaseQuery.for('update', { of: evaluationPhase }) : await phaseQuery;
	if (!row) throw new DomainError('not_found', 'no such scored phase');
	const people = await tx
		.select({
			registrationId: registration.id,
			code: sql<string>`upper(left(${registration.id}::text, 8))`,
			fullName: registration.fullName,
			email: registration.email,
			countryCode: registration.countryCode,
			profession: registration.profession,
			// Drizzle writes a column of the query's only table unqualified: named here in full.
			attempts: sql<Attempt[]>`coalesce((select json_agg(json_build_object('attempt', x.attempt,
				'score', x.score, 'maxScore', x.max_score, 'passed', x.passed) order by x.attempt)
				from ${evaluationSubmission} x where x.phase_id = ${phaseId} and x.registration_id = registration.id),
				'[]'::json)`
		})
		.from(registration)
		.where(and(eq(registration.eventId, eventId), eq(registration.status, 'confirmed')))
		.orderBy(asc(registration.fullName), asc(registration.id));
	const items = markedQuestions(row.definition).map((question) => ({
		name: question.name,
		label: question.label,
		marks: question.marks,
		step: markStep(question.marks),
		module: question.module || null
	}));
	return {
		eventId,
		eventTitle: row.eventTitle,
		phase: {
			id: row.id,
			phase: row.phase,
			offsetDays: row.offsetDays,
			passMarkPercent: row.passMarkPercent
		},
		items,
		maxScore: maxScoreOf(items),
		totalStep: totalStep(items),
		people: people.map((person) => ({
			...person,
			state: stateOf(row.phase, person.attempts),
			nextAttempt: person.attempts.length + 1
		})),
		toRecord: {
			id: row.id,
			eventId,
			phase: row.phase,
			passMarkPercent: row.passMarkPercent,
			surveyId: row.surveyId,
			definition: row.definition
		}
	};
}

/** A person's checked results: the marks per item or the total, as attempt `attempt`. */
export type CheckedScores = {
	registrationId: string;
	attempt: number;
	items?: Record<string, number>;
	total?: number;
};

/** PostgreSQL's unique violation, through Drizzle's wrapping of the driver's error. */
const isUniqueViolation = (error: unknown): boolean =>
	[error, (error as { cause?: unknown } | null)?.cause].some(
		(candidate) => (candidate as { code?: string } | null)?.code === '23505'
	);

/**
 * Stores checked results of the sheet's people, in the caller's transaction; the number stored. A
 * participant who submitted on the web between the check and the write makes the whole entry fail.
 */
export async function storeScores(
	tx: DbOrTx,
	actor: Actor,
	sheet: LoadedSheet,
	rows: readonly CheckedScores[],
	source: 'entry' | 'import'
): Promise<number> {
	const people = new Map(sheet.people.map((person) => [person.registrationId, person]));
	const results = rows.map((row): ResultToRecord => {
		const person = people.get(row.registrationId);
		if (!person) throw new Error(`not a participant of the sheet: ${row.registrationId}`);
		return { ...row, countryCode: person.countryCode, profession: person.profession };
	});
	try {
		return await recordResults(
			tx,
			sheet.toRecord,
			results,
			source,
			actor.kind === 'user' ? actor.userId : null
		);
	} catch (error) {
		if (!isUniqueViolation(error)) throw error;
		throw new DomainError('conflict', 'a result came in meanwhile', {
			fields: { _: ['already_has_result'] }
		});
	}
}

/** The sheet of a phase for the grid and the import pages (without the test's definition). */
export async function getScoreSheet(actor: Actor, eventId: string, phaseId: string): Promise<ScoreSheet> {
	const { toRecord: _, ...sheet } = await loadSheet(db(), actor, eventId, phaseId);
	return sheet;
}

/** The event's scored phases, in the plan's order: where its results may be entered from paper. */
export async function listScoredPhases(
	actor: Actor,
	eventId: string
): Promise<{ id: string; phase: Phase; offsetDays: number }[]> {
	authorize(actor, 'takeAttendance', await getEventPlace(db(), eventId));
	return db()
		.select({ id: evaluationPhase.id, phase: evaluationPhase.phase, offsetDays: evaluationPhase.offsetDays })
		.from(evaluationPhase)
		.where(and(eq(evaluationPhase.eventId, eventId), inArray(evaluationPhase.phase, [...scoredPhases])))
		.orderBy(phaseOrder(evaluationPhase.phase), asc(evaluationPhase.offsetDays));
}
