// An organiser's decisions on registrations, in one transaction that first locks the event's row.
import { eq } from 'drizzle-orm';
import { DecisionSchema } from '../../../events/registration-schema.js';
import type { RegistrationStatus } from '../../../events/values.js';
import type { Actor } from '../../auth/actor.js';
import { db } from '../../db/client.js';
import { event, registration } from '../../db/schema/events.js';
import { DomainError } from '../../errors.js';
import { assertRecordId, parseInput } from '../../validate.js';
import { authorize } from '../../auth/authorize.js';
import { arrivalStatus } from '../registration-status.js';
import { offerPlacesToWaitlist } from './fill-places-from-waitlist.js';
import { eventColumns, tell, type RegistrationMail, type RegistrationOutcome } from './news.js';
import { holdsPlace, placesFor } from './places.js';

/** The statuses each decision may be taken from. */
const decidableFrom: Record<'approve' | 'decline' | 'cancel', RegistrationStatus[]> = {
	approve: ['pending', 'waitlisted', 'declined', 'cancelled'],
	decline: ['pending', 'waitlisted', 'confirmed'],
	cancel: ['pending', 'waitlisted', 'confirmed']
};

/**
 * An organiser's decision on a registration. Approve: confirmed if a place remains, else wait-listed
 * with the reason. Decline: declined with the reason given ("other" when none). Cancel: cancelled.
 * A place given up is offered to the wait-list in order of registration; everyone whose status
 * changes is told by mail. Returns the registration as it now is.
 */
export async function decideRegistration(
	actor: Actor,
	registrationId: string,
	decision: string,
	reason: string | null | undefined,
	compose: RegistrationMail
): Promise<RegistrationOutcome> {
	assertRecordId(registrationId, 'registration');
	const decided = parseInput(DecisionSchema, { decision, reason });
	return db().transaction(async (tx) => {
		const [row] = await tx
			.select({
				...eventColumns,
				programmeId: event.programmeId,
				eventCountryCode: event.countryCode,
				registrant: {
					id: registration.id,
					email: registration.email,
					locale: registration.locale,
					countryCode: registration.countryCode,
					category: registration.category,
					status: registration.status
				}
			})
			.from(registration)
			.innerJoin(event, eq(event.id, registration.eventId))
			.where(eq(registration.id, registrationId))
			.for('update', { of: [event, registration] });
		if (!row) throw new DomainError('not_found', 'no such registration');
		authorize(actor, 'manage', {
			kind: 'event',
			programmeId: row.programmeId,
			countryCode: row.eventCountryCode
		});
		const { registrant } = row;
		if (!decidableFrom[decided.decision].includes(registrant.status))
			throw new DomainError('conflict', 'not possible from this status', {
				fields: { _: ['decision_not_possible'] }
			});

		const outcome: Pick<RegistrationOutcome, 'status' | 'reason'> =
			decided.decision === 'approve'
				? arrivalStatus(false, await placesFor(tx, row, registrant))
				: decided.decision === 'decline'
					? { status: 'declined', reason: decided.reason ?? 'other' }
					: { status: 'cancelled', reason: null };
		await tx
			.update(registration)
			.set({
				...outcome,
				decidedBy: actor.kind === 'user' ? actor.userId : null,
				decidedAt: new Date(),
				updatedAt: new Date()
			})
			.where(eq(registration.id, registrant.id));
		if (outcome.status !== registrant.status) await tell(tx, row, registrant, outcome, compose);
		if (holdsPlace(registrant.status) && !holdsPlace(outcome.status))
			await offerPlacesToWaitlist(tx, row, compose);
		return { id: registrant.id, eventId: row.eventId, ...outcome };
	});
}
