// Places given up or added are offered to the wait-list, in order of registration.
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { event, registration } from '../../db/schema/events.js';
import { arrivalStatus } from '../registration-status.js';
import { eventColumns, tell, type EventFacts, type RegistrationMail } from './news.js';
import { heldPlaces, placesOf, quotasOf, take } from './places.js';

/**
 * Lets wait-listed registrations in, in the order they registered, while places remain for them
 * (a later registrant of another country may fit where an earlier one's quota is still full). Call
 * it, with the event locked, after places were given up or the capacity or quotas were raised.
 */
export async function offerPlacesToWaitlist(
	tx: Tx,
	facts: EventFacts,
	compose: RegistrationMail
): Promise<void> {
	const waiting = await tx
		.select({
			id: registration.id,
			email: registration.email,
			locale: registration.locale,
			countryCode: registration.countryCode,
			category: registration.category
		})
		.from(registration)
		.where(and(eq(registration.eventId, facts.eventId), eq(registration.status, 'waitlisted')))
		.orderBy(asc(registration.createdAt), asc(registration.id));
	if (waiting.length === 0) return;
	const quotas = await quotasOf(tx, facts.eventId);
	const held = await heldPlaces(tx, facts.eventId);
	for (const person of waiting) {
		const outcome = arrivalStatus(facts.requiresApproval, placesOf(facts.capacity, quotas, held, person));
		if (outcome.status === 'waitlisted') continue;
		await tx
			.update(registration)
			.set({ ...outcome, updatedAt: new Date() })
			.where(eq(registration.id, person.id));
		take(held, person);
		await tell(tx, facts, person, outcome, compose);
	}
}

/**
 * After an organiser raised an event's capacity or quotas: lets the wait-list in where places now
 * remain. Runs in the caller's transaction, which has locked the event (`select … for update`).
 */
export async function fillPlacesFromWaitlist(
	tx: Tx,
	eventId: string,
	compose: RegistrationMail
): Promise<void> {
	const [facts] = await tx.select(eventColumns).from(event).where(eq(event.id, eventId));
	if (facts) await offerPlacesToWaitlist(tx, facts, compose);
}
