// A programme's evaluated events: those with an evaluation plan that the actor may read (a focal
// point, their countries' only), with the phases planned and how many people answered both tests.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Phase } from '../../evaluation/values.js';
import type { Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { evaluationPhase, evaluationSubmission } from '../db/schema/evaluation.js';
import { event } from '../db/schema/events.js';
import { eventsInReach } from '../events/policies.js';
import { getProgramme } from '../programmes/programmes.js';
import { phaseOrder } from './plan.js';

export type EvaluatedEvent = {
	id: string;
	kind: (typeof event.$inferSelect)['kind'];
	title: Localized;
	startsOn: string;
	endsOn: string;
	countryCode: string | null;
	/** The kinds of phase planned, in the order they come (a kind once). */
	phases: Phase[];
	/** People with a scored pre-test and a scored post-test (any versions): the pairs of the results. */
	pairs: number;
};

export async function programmeEvaluationEvents(
	actor: Actor,
	programmeId: string
): Promise<EvaluatedEvent[]> {
	await getProgramme(actor, programmeId);
	const planned = db()
		.select({
			eventId: evaluationPhase.eventId,
			// As text: node-postgres reads no array of an enum.
			phases: sql<Phase[]>`array_agg(${evaluationPhase.phase}::text
				order by ${phaseOrder(evaluationPhase.phase)}, ${evaluationPhase.offsetDays})`.as('phases')
		})
		.from(evaluationPhase)
		.groupBy(evaluationPhase.eventId)
		.as('planned');
	const rows = await db()
		.select({
			id: event.id,
			kind: event.kind,
			title: event.title,
			startsOn: event.startsOn,
			endsOn: event.endsOn,
			countryCode: event.countryCode,
			phases: planned.phases,
			pairs: sql<number>`(select count(*)::int from (
				select ${evaluationSubmission.registrationId} from ${evaluationSubmission}
				join ${evaluationPhase} on ${evaluationPhase.id} = ${evaluationSubmission.phaseId}
				where ${evaluationSubmission.eventId} = ${event.id}
					and ${evaluationSubmission.registrationId} is not null
					and ${evaluationSubmission.score} is not null
					and ${evaluationPhase.phase} in ('pre', 'post')
				group by ${evaluationSubmission.registrationId}
				having count(distinct ${evaluationPhase.phase}) = 2) as paired)`
		})
		.from(event)
		.innerJoin(planned, eq(planned.eventId, event.id))
		.where(and(eq(event.programmeId, programmeId), eventsInReach(actor)))
		.orderBy(desc(event.startsOn), asc(event.id));
	// Follow-ups at several days are one kind of phase.
	return rows.map((row) => ({ ...row, phases: [...new Set(row.phases)] }));
}
