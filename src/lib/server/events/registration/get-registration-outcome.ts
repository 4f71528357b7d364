// A registration's status, as the public result page shows it to whoever holds its link.
import { and, eq } from 'drizzle-orm';
import type { ContentLocale, Localized } from '../../../i18n/localized.js';
import { db } from '../../db/client.js';
import { event, registration } from '../../db/schema/events.js';
import { DomainError } from '../../errors.js';
import { assertRecordId } from '../../validate.js';
import { assertPublicEvent } from '../policies.js';
import type { RegistrationOutcome } from './news.js';

/** What the public result page says of a registration: its current status, for whoever holds its link. */
export async function getRegistrationOutcome(
	eventId: string,
	registrationId: string
): Promise<RegistrationOutcome & { eventTitle: Localized; eventLanguages: ContentLocale[] }> {
	assertRecordId(eventId, 'event');
	assertRecordId(registrationId, 'registration');
	const [row] = await db()
		.select({
			id: registration.id,
			eventId: registration.eventId,
			status: registration.status,
			reason: registration.reason,
			eventTitle: event.title,
			eventLanguages: event.languages,
			isPublished: event.isPublished,
			archivedAt: event.archivedAt
		})
		.from(registration)
		.innerJoin(event, eq(event.id, registration.eventId))
		.where(and(eq(registration.id, registrationId), eq(registration.eventId, eventId)));
	if (!row) throw new DomainError('not_found', 'no such registration');
	assertPublicEvent(row);
	const { isPublished: _published, archivedAt: _archived, ...outcome } = row;
	return { ...outcome, reason: outcome.reason as RegistrationOutcome['reason'] };
}
