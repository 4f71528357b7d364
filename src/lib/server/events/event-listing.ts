// The list of events an actor runs or facilitates, upcoming first, and the choices of its filters.
import { and, asc, count, desc, eq, exists, isNull, sql } from 'drizzle-orm';
import { EventListQuerySchema } from '../../events/schemas.js';
import type { ContentLocale, Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { country } from '../db/schema/directory.js';
import { event, registration } from '../db/schema/events.js';
import { programme } from '../db/schema/programmes.js';
import { byLocalizedName, offsetOf, type Page } from '../directory/listing.js';
import { parseInput, type FieldsOf } from '../validate.js';
import { holdsPlace } from './events.js';
import { authorize } from '../auth/authorize.js';
import { eventsInReach } from './policies.js';

export type EventListRow = Pick<
	typeof event.$inferSelect,
	| 'id'
	| 'kind'
	| 'title'
	| 'startsOn'
	| 'endsOn'
	| 'isOnline'
	| 'city'
	| 'countryCode'
	| 'capacity'
	| 'isPublished'
> & { countryName: Localized | null; programmeAcronym: string | null; placesHeld: number };

const current = isNull(event.archivedAt);
const isOver = sql`${event.endsOn} < current_date`;

export async function listEvents(
	actor: Actor,
	input?: FieldsOf<typeof EventListQuerySchema>
): Promise<Page<EventListRow>> {
	authorize(actor, 'list', 'event');
	const query = parseInput(EventListQuerySchema, input ?? {});
	const where = and(
		eventsInReach(actor),
		current,
		query.kind ? eq(event.kind, query.kind) : undefined,
		query.programme ? eq(event.programmeId, query.programme) : undefined,
		query.country ? eq(event.countryCode, query.country) : undefined
	);
	const [rows, [{ total }]] = await Promise.all([
		db()
			.select({
				id: event.id,
				kind: event.kind,
				title: event.title,
				startsOn: event.startsOn,
				endsOn: event.endsOn,
				isOnline: event.isOnline,
				city: event.city,
				countryCode: event.countryCode,
				capacity: event.capacity,
				isPublished: event.isPublished,
				countryName: country.name,
				programmeAcronym: programme.acronym,
				placesHeld: sql<number>`(select count(*)::int from ${registration}
					where ${registration.eventId} = ${event.id} and ${holdsPlace})`
			})
			.from(event)
			.leftJoin(country, eq(country.code, event.countryCode))
			.leftJoin(programme, eq(programme.id, event.programmeId))
			.where(where)
			// Events to come, soonest first; then those that are over, the latest first.
			.orderBy(
				isOver,
				sql`case when ${isOver} then null else ${event.startsOn} end`,
				desc(event.startsOn),
				asc(event.id)
			)
			.limit(query.pageSize)
			.offset(offsetOf(query)),
		db().select({ total: count() }).from(event).where(where)
	]);
	return { rows, total, page: query.page, pageSize: query.pageSize };
}

export type EventFilterChoices = {
	programmes: { id: string; name: Localized; acronym: string | null }[];
	countries: { code: string; name: Localized }[];
};

/** The programmes and countries of the events the actor reaches: the choices of the list's filters. */
export async function listEventFilterChoices(
	actor: Actor,
	reader: ContentLocale
): Promise<EventFilterChoices> {
	authorize(actor, 'list', 'event');
	const eventsOf = (condition: ReturnType<typeof eq>) =>
		exists(
			db()
				.select({ one: sql`1` })
				.from(event)
				.where(and(condition, eventsInReach(actor), current))
		);
	const [programmes, countries] = await Promise.all([
		db()
			.select({ id: programme.id, name: programme.name, acronym: programme.acronym })
			.from(programme)
			.where(eventsOf(eq(event.programmeId, programme.id)))
			.orderBy(byLocalizedName(programme.name, reader), asc(programme.id)),
		db()
			.select({ code: country.code, name: country.name })
			.from(country)
			.where(eventsOf(eq(event.countryCode, country.code)))
			.orderBy(byLocalizedName(country.name, reader), asc(country.code))
	]);
	return { programmes, countries };
}
