// The expert meeting: statements the rounds left without consensus are put to a vote in person, and
// the outcome is recorded with the count (and the meeting event, when there is one).
import { and, asc, eq, sql } from 'drizzle-orm';
import { MeetingVoteSchema } from '../../delphi/schemas.js';
import type { Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { delphiMeetingVote, delphiResult, delphiStatement } from '../db/schema/delphi.js';
import { event } from '../db/schema/events.js';
import { DomainError } from '../errors.js';
import { parseInput, type FieldsOf } from '../validate.js';
import { getStudy } from './studies.js';

/** The programme's expert meetings, to name the one where the vote took place. */
export async function meetingChoices(
	actor: Actor,
	studyId: string
): Promise<Array<{ id: string; title: Localized; startsOn: string }>> {
	const study = await getStudy(actor, studyId);
	return db()
		.select({ id: event.id, title: event.title, startsOn: event.startsOn })
		.from(event)
		.where(
			and(
				eq(event.programmeId, study.programmeId),
				eq(event.kind, 'expert_meeting'),
				sql`${event.archivedAt} is null`
			)
		)
		.orderBy(asc(event.startsOn));
}

/**
 * Records (or corrects) the meeting's vote on a statement. Only statements that went through the
 * rounds without consensus may be voted on; the event, if named, must be an expert meeting of the
 * study's programme.
 */
export async function recordMeetingVote(
	actor: Actor,
	studyId: string,
	input: FieldsOf<typeof MeetingVoteSchema>
): Promise<void> {
	await getStudy(actor, studyId);
	const values = parseInput(MeetingVoteSchema, input);
	const [statement] = await db()
		.select({
			id: delphiStatement.id,
			rounds: sql<number>`(select count(*)::int from ${delphiResult} where ${delphiResult.statementId} = ${delphiStatement.id})`,
			settled: sql<boolean>`exists (select 1 from ${delphiResult} where ${delphiResult.statementId} = ${delphiStatement.id} and ${delphiResult.outcome} <> 'none')`
		})
		.from(delphiStatement)
		.where(and(eq(delphiStatement.id, values.statementId), eq(delphiStatement.studyId, studyId)));
	if (!statement)
		throw new DomainError('invalid', 'no such statement', { fields: { statementId: ['invalid_choice'] } });
	if (statement.rounds === 0 || statement.settled)
		throw new DomainError('conflict', 'only statements without consensus go to the meeting', {
			fields: { statementId: ['not_for_meeting'] }
		});
	if (values.eventId) {
		const meetings = await meetingChoices(actor, studyId);
		if (!meetings.some((meeting) => meeting.id === values.eventId))
			throw new DomainError('invalid', 'not an expert meeting of this programme', {
				fields: { eventId: ['invalid_choice'] }
			});
	}
	const row = {
		eventId: values.eventId ?? null,
		heldOn: values.heldOn,
		votesFor: values.votesFor,
		votesAgainst: values.votesAgainst,
		abstentions: values.abstentions,
		outcome: values.outcome,
		note: values.note ?? null,
		recordedBy: actor.kind === 'user' ? actor.userId : null
	};
	await db()
		.insert(delphiMeetingVote)
		.values({ statementId: values.statementId, ...row })
		.onConflictDoUpdate({ target: delphiMeetingVote.statementId, set: row });
}
