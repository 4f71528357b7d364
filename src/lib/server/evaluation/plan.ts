// An event's evaluation plan: which instrument (a survey of the event's programme) is answered in
// which phase, when, with what pass mark. Whoever runs the event keeps it.
import { and, asc, desc, eq, exists, isNull, min, ne, sql, type SQLWrapper } from 'drizzle-orm';
import { PhaseInputSchema } from '../../evaluation/schemas.js';
import { isTest } from '../../evaluation/scoring.js';
import { phaseValues, scoredPhases, type Phase } from '../../evaluation/values.js';
import { instantOf } from '../../events/time-zone.js';
import type { ContentLocale, Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { authorize } from '../auth/authorize.js';
import { db, type DbOrTx } from '../db/client.js';
import { evaluationPhase, evaluationSubmission } from '../db/schema/evaluation.js';
import { agendaItem, event } from '../db/schema/events.js';
import { survey } from '../db/schema/surveys.js';
import { DomainError } from '../errors.js';
import { getEventPlace } from '../events/place.js';
import { assertRecordId, parseInput, type FieldsOf } from '../validate.js';

export type PlanPhase = {
	id: string;
	phase: Phase;
	offsetDays: number;
	surveyId: string;
	surveyTitle: Localized;
	opensAt: Date;
	closesAt: Date;
	passMarkPercent: number | null;
	anonymous: boolean;
	submissions: number;
};

export type Instrument = { id: string; title: Localized; isTest: boolean };

export type EvaluationPlan = {
	eventId: string;
	timeZone: string;
	languages: ContentLocale[];
	requiresPostTest: boolean;
	phases: PlanPhase[];
	/** The surveys of the event's programme a phase may use. */
	instruments: Instrument[];
	/**
	 * Events whose plan this one may start from: the programme's other events with a plan, those of
	 * the same package version first (its plan is the package version's default).
	 */
	sources: { id: string; title: Localized; startsOn: string; samePackageVersion: boolean }[];
};

/** Orders rows by their phase as a plan runs: pre, post, satisfaction, follow-ups. */
export const phaseOrder = (phase: SQLWrapper) =>
	sql`array_position(array[${sql.raw(phaseValues.map((value) => `'${value}'`).join(','))}]::text[], ${phase}::text)`;

/** The phases of an event's plan in the order they come, with how many answers each has. */
export async function planPhases(tx: DbOrTx, eventId: string): Promise<PlanPhase[]> {
	return tx
		.select({
			id: evaluationPhase.id,
			phase: evaluationPhase.phase,
			offsetDays: evaluationPhase.offsetDays,
			surveyId: evaluationPhase.surveyId,
			surveyTitle: survey.title,
			opensAt: evaluationPhase.opensAt,
			closesAt: evaluationPhase.closesAt,
			passMarkPercent: evaluationPhase.passMarkPercent,
			anonymous: evaluationPhase.anonymous,
			submissions: sql<number>`(select count(*)::int from ${evaluationSubmission}
				where ${evaluationSubmission.phaseId} = ${evaluationPhase.id})`
		})
		.from(evaluationPhase)
		.innerJoin(survey, eq(survey.id, evaluationPhase.surveyId))
		.where(eq(evaluationPhase.eventId, eventId))
		.orderBy(phaseOrder(evaluationPhase.phase), asc(evaluationPhase.offsetDays));
}

async function eventOf(tx: DbOrTx, eventId: string) {
	const [row] = await tx
		.select({
			programmeId: event.programmeId,
			packageVersionId: event.packageVersionId,
			timeZone: event.timeZone,
			languages: event.languages,
			startsOn: event.startsOn,
			endsOn: event.endsOn,
			requiresPostTest: event.requiresPostTest,
			firstSession: min(agendaItem.startsAt),
			lastSession: sql<Date | null>`max(${agendaItem.startsAt})`.mapWith(agendaItem.startsAt)
		})
		.from(event)
		.leftJoin(agendaItem, and(eq(agendaItem.eventId, event.id), eq(agendaItem.isSession, true)))
		.where(eq(event.id, eventId))
		.groupBy(event.id);
	return row;
}

export async function getPlan(actor: Actor, eventId: string): Promise<EvaluationPlan> {
	authorize(actor, 'read', await getEventPlace(db(), eventId));
	const held = await eventOf(db(), eventId);
	const [phases, surveys, sources] = await Promise.all([
		planPhases(db(), eventId),
		held.programmeId
			? db()
					.select({ id: survey.id, title: survey.title, definition: survey.definition })
					.from(survey)
					.where(and(eq(survey.programmeId, held.programmeId), isNull(survey.archivedAt)))
					.orderBy(asc(survey.createdAt))
			: [],
		planSources(held.programmeId, held.packageVersionId, eventId)
	]);
	return {
		eventId,
		timeZone: held.timeZone,
		languages: held.languages,
		requiresPostTest: held.requiresPostTest,
		phases,
		instruments: surveys.map(({ definition, ...row }) => ({ ...row, isTest: isTest(definition) })),
		sources
	};
}

/** The programme's other events that have a plan, the same package version's first, newest first. */
async function planSources(programmeId: string | null, packageVersionId: string | null, eventId: string) {
	if (!programmeId) return [];
	const samePackageVersion = packageVersionId
		? sql<boolean>`coalesce(${event.packageVersionId} = ${packageVersionId}, false)`
		: sql<boolean>`false`;
	return db()
		.select({ id: event.id, title: event.title, startsOn: event.startsOn, samePackageVersion })
		.from(event)
		.where(
			and(
				eq(event.programmeId, programmeId),
				ne(event.id, eventId),
				isNull(event.archivedAt),
				exists(
					db()
						.select({ one: sql`1` })
						.from(evaluationPhase)
						.where(eq(evaluationPhase.eventId, event.id))
				)
			)
		)
		.orderBy(...(packageVersionId ? [desc(samePackageVersion)] : []), desc(event.startsOn))
		.limit(50);
}

/**
 * Starts an event's plan from another event's of the same programme: the same instruments, pass
 * marks and anonymity, with windows proposed for this event's own dates and agenda. Phases the
 * plan already has are kept as they are.
 */
export async function copyPlan(actor: Actor, eventId: string, fromEventId: string): Promise<number> {
	assertRecordId(fromEventId, 'event');
	return db().transaction(async (tx) => {
		authorize(actor, 'manage', await getEventPlace(tx, eventId));
		const held = await eventOf(tx, eventId);
		const [source] = await tx
			.select({ programmeId: event.programmeId })
			.from(event)
			.where(eq(event.id, fromEventId));
		if (!source || !held.programmeId || source.programmeId !== held.programmeId)
			throw new DomainError('invalid', 'not an event of the programme', {
				fields: { fromEventId: ['invalid_choice'] }
			});
		const phases = await planPhases(tx, fromEventId);
		const now = new Date();
		const copied = await tx
			.insert(evaluationPhase)
			.values(
				phases.map((phase) => ({
					eventId,
					phase: phase.phase,
					offsetDays: phase.offsetDays,
					surveyId: phase.surveyId,
					passMarkPercent: phase.passMarkPercent,
					anonymous: phase.anonymous,
					...defaultWindow(phase.phase, phase.offsetDays, held, now)
				}))
			)
			.onConflictDoNothing()
			.returning({ id: evaluationPhase.id });
		return copied.length;
	});
}

const dayMs = 86_400_000;

/**
 * When a phase takes answers unless the plan says otherwise: the pre-test until the first session
 * starts; the post-test and satisfaction from the last session until two weeks after the event; a
 * follow-up from its day for four weeks.
 */
export function defaultWindow(
	phase: Phase,
	offsetDays: number,
	held: {
		startsOn: string;
		endsOn: string;
		timeZone: string;
		firstSession: Date | null;
		lastSession: Date | null;
	},
	now: Date
): { opensAt: Date; closesAt: Date } {
	const dayStart = (day: string) => instantOf(`${day}T00:00`, held.timeZone);
	const afterEnd = (days: number) => new Date(dayStart(held.endsOn).getTime() + days * dayMs);
	switch (phase) {
		case 'pre': {
			const closesAt = held.firstSession ?? dayStart(held.startsOn);
			return { opensAt: new Date(Math.min(now.getTime(), closesAt.getTime() - dayMs)), closesAt };
		}
		case 'post':
		case 'satisfaction':
			return { opensAt: held.lastSession ?? dayStart(held.endsOn), closesAt: afterEnd(15) };
		case 'follow_up':
			return { opensAt: afterEnd(offsetDays), closesAt: afterEnd(offsetDays + 28) };
	}
}

/**
 * Adds a phase to the plan, or changes the one of the same kind (and follow-up day). A scored
 * phase needs a test; a phase with answers keeps its instrument (results never mix instruments).
 */
export async function savePhase(
	actor: Actor,
	eventId: string,
	input: FieldsOf<typeof PhaseInputSchema>
): Promise<{ id: string }> {
	return db().transaction(async (tx) => {
		authorize(actor, 'manage', await getEventPlace(tx, eventId));
		const values = parseInput(PhaseInputSchema, input);
		const held = await eventOf(tx, eventId);
		const [instrument] = await tx
			.select({ definition: survey.definition })
			.from(survey)
			.where(
				and(
					eq(survey.id, values.surveyId),
					held.programmeId ? eq(survey.programmeId, held.programmeId) : sql`false`,
					isNull(survey.archivedAt)
				)
			);
		if (!instrument)
			throw new DomainError('invalid', 'not a survey of the programme', {
				fields: { surveyId: ['invalid_choice'] }
			});
		if (scoredPhases.includes(values.phase) && !isTest(instrument.definition))
			throw new DomainError('invalid', 'a scored phase needs a test', {
				fields: { surveyId: ['not_a_test'] }
			});
		const proposed = defaultWindow(values.phase, values.offsetDays, held, new Date());
		const opensAt = values.opensAt ? instantOf(values.opensAt, held.timeZone) : proposed.opensAt;
		const closesAt = values.closesAt ? instantOf(values.closesAt, held.timeZone) : proposed.closesAt;
		if (closesAt <= opensAt)
			throw new DomainError('invalid', 'the phase closes before it opens', {
				fields: { [values.closesAt ? 'closesAt' : 'opensAt']: ['closes_before_opens'] }
			});
		const [existing] = await tx
			.select({
				id: evaluationPhase.id,
				surveyId: evaluationPhase.surveyId,
				anonymous: evaluationPhase.anonymous
			})
			.from(evaluationPhase)
			.where(
				and(
					eq(evaluationPhase.eventId, eventId),
					eq(evaluationPhase.phase, values.phase),
					eq(evaluationPhase.offsetDays, values.offsetDays)
				)
			)
			.for('update');
		const row = {
			surveyId: values.surveyId,
			opensAt,
			closesAt,
			passMarkPercent: values.passMarkPercent,
			anonymous: values.anonymous
		};
		if (!existing) {
			const [created] = await tx
				.insert(evaluationPhase)
				.values({ eventId, phase: values.phase, offsetDays: values.offsetDays, ...row })
				.returning({ id: evaluationPhase.id });
			return created;
		}
		if (
			(existing.surveyId !== values.surveyId || existing.anonymous !== values.anonymous) &&
			(await tx.$count(evaluationSubmission, eq(evaluationSubmission.phaseId, existing.id))) > 0
		)
			throw new DomainError('conflict', 'the phase has answers', {
				fields: { surveyId: ['phase_has_answers'] }
			});
		await tx.update(evaluationPhase).set(row).where(eq(evaluationPhase.id, existing.id));
		return { id: existing.id };
	});
}

/** Takes a phase out of the plan, while nobody has answered it. */
export async function removePhase(actor: Actor, eventId: string, phaseId: string): Promise<void> {
	assertRecordId(phaseId, 'phase');
	await db().transaction(async (tx) => {
		authorize(actor, 'manage', await getEventPlace(tx, eventId));
		if ((await tx.$count(evaluationSubmission, eq(evaluationSubmission.phaseId, phaseId))) > 0)
			throw new DomainError('conflict', 'the phase has answers', { fields: { _: ['phase_has_answers'] } });
		const removed = await tx
			.delete(evaluationPhase)
			.where(and(eq(evaluationPhase.id, phaseId), eq(evaluationPhase.eventId, eventId)))
			.returning({ id: evaluationPhase.id });
		if (removed.length === 0) throw new DomainError('not_found', 'no such phase');
	});
}
