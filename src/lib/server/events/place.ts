// What the events policy needs to know of one event, read in one statement.
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { event, eventFacilitator } from '../db/schema/events.js';
import { DomainError } from '../errors.js';
import { assertRecordId } from '../validate.js';
import type { EventPlace } from './policies.js';

/** The event's programme, country and facilitators; `not_found` when there is no such event. */
export async function getEventPlace(tx: DbOrTx, eventId: string): Promise<EventPlace> {
	assertRecordId(eventId, 'event');
	const [row] = await tx
		.select({
			programmeId: event.programmeId,
			countryCode: event.countryCode,
			facilitatorIds: sql<string[]>`coalesce((select array_agg(${eventFacilitator.userId})
				from ${eventFacilitator} where ${eventFacilitator.eventId} = ${event.id}), '{}')`
		})
		.from(event)
		.where(eq(event.id, eventId));
	if (!row) throw new DomainError('not_found', 'no such event');
	return { kind: 'event', ...row };
}
