// The registrations of one event, as its organisers and facilitators review them.
import { and, asc, count, eq } from 'drizzle-orm';
import { RegistrationListQuerySchema } from '../../events/schemas.js';
import type { RegistrationStatus } from '../../events/values.js';
import type { Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { country } from '../db/schema/directory.js';
import { registration } from '../db/schema/events.js';
import { parseInput, type FieldsOf } from '../validate.js';
import { getEventPlace } from './place.js';
import { authorize } from '../auth/authorize.js';

export type RegistrationRow = Pick<
	typeof registration.$inferSelect,
	| 'id'
	| 'fullName'
	| 'email'
	| 'countryCode'
	| 'profession'
	| 'category'
	| 'organisationName'
	| 'status'
	| 'reason'
	| 'createdAt'
> & { countryName: Localized };

export type EventRegistrations = { rows: RegistrationRow[]; counts: Record<RegistrationStatus, number> };

/** An event's registrations in the order they came, of one status if asked, and how many there are of each. */
export async function listEventRegistrations(
	actor: Actor,
	eventId: string,
	input?: FieldsOf<typeof RegistrationListQuerySchema>
): Promise<EventRegistrations> {
	authorize(actor, 'read', await getEventPlace(db(), eventId));
	const query = parseInput(RegistrationListQuerySchema, input ?? {});
	const [rows, statuses] = await Promise.all([
		db()
			.select({
				id: registration.id,
				fullName: registration.fullName,
				email: registration.email,
				countryCode: registration.countryCode,
				countryName: country.name,
				profession: registration.profession,
				category: registration.category,
				organisationName: registration.organisationName,
				status: registration.status,
				reason: registration.reason,
				createdAt: registration.createdAt
			})
			.from(registration)
			.innerJoin(country, eq(country.code, registration.countryCode))
			.where(
				and(
					eq(registration.eventId, eventId),
					query.status ? eq(registration.status, query.status) : undefined
				)
			)
			.orderBy(asc(registration.createdAt), asc(registration.id)),
		db()
			.select({ status: registration.status, n: count() })
			.from(registration)
			.where(eq(registration.eventId, eventId))
			.groupBy(registration.status)
	]);
	const counts = { pending: 0, confirmed: 0, waitlisted: 0, declined: 0, cancelled: 0 };
	for (const { status, n } of statuses) counts[status] = n;
	return { rows, counts };
}
