// What the public reads of events: a published event's page (with its agenda and the places left)
// and a programme's published events, for its calendar feed. Nothing here needs an account.
import type { ContentLocale } from '../../i18n/content-languages.js';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Localized } from '../../i18n/localized.js';
import { db } from '../db/client.js';
import { country } from '../db/schema/directory.js';
import { agendaItem, event, registration } from '../db/schema/events.js';
import { programme } from '../db/schema/programmes.js';
import { DomainError } from '../errors.js';
import { assertRecordId } from '../validate.js';
import { holdsPlace } from './events.js';
import { assertPublicEvent, publicEvents } from './policies.js';
import { registrationState } from './registration-status.js';

const publicColumns = {
	id: event.id,
	kind: event.kind,
	title: event.title,
	description: event.description,
	languages: event.languages,
	startsOn: event.startsOn,
	endsOn: event.endsOn,
	timeZone: event.timeZone,
	isOnline: event.isOnline,
	venue: event.venue,
	city: event.city,
	countryCode: event.countryCode,
	countryName: country.name,
	language: event.language,
	updatedAt: event.updatedAt
};

/** An event as its public page and calendar show it: never its online link, kept for registrants. */
export type PublicEventSummary = {
	id: string;
	kind: string;
	title: Localized;
	description: Localized | null;
	/** The languages its texts are written in, the main one first. */
	languages: ContentLocale[];
	startsOn: string;
	endsOn: string;
	timeZone: string;
	isOnline: boolean;
	venue: string | null;
	city: string | null;
	countryCode: string | null;
	countryName: Localized | null;
	language: string;
	updatedAt: Date;
};

export type PublicAgendaItem = {
	id: string;
	startsAt: Date;
	endsAt: Date;
	title: Localized;
	isSession: boolean;
	speakers: string | null;
	facilitators: string | null;
};

export type PublicEvent = PublicEventSummary & {
	capacity: number | null;
	/** Places not held by a confirmed or pending registration; null when the event has no capacity. */
	placesLeft: number | null;
	requiresApproval: boolean;
	registrationOpensAt: Date | null;
	registrationClosesAt: Date | null;
	registration: 'not_open_yet' | 'open' | 'closed';
	agenda: PublicAgendaItem[];
};

/** A published event with its agenda; `not_found` for any other (a draft, archived, or none). */
export async function getPublicEvent(eventId: string, now: Date = new Date()): Promise<PublicEvent> {
	assertRecordId(eventId, 'event');
	const [[found], agenda] = await Promise.all([
		db()
			.select({
				...publicColumns,
				isPublished: event.isPublished,
				archivedAt: event.archivedAt,
				capacity: event.capacity,
				requiresApproval: event.requiresApproval,
				registrationOpensAt: event.registrationOpensAt,
				registrationClosesAt: event.registrationClosesAt,
				held: sql<number>`(select count(*) from ${registration} where ${registration.eventId} = ${eventId}
					and ${holdsPlace})::int`
			})
			.from(event)
			.leftJoin(country, eq(country.code, event.countryCode))
			.where(eq(event.id, eventId)),
		db()
			.select({
				id: agendaItem.id,
				startsAt: agendaItem.startsAt,
				endsAt: agendaItem.endsAt,
				title: agendaItem.title,
				isSession: agendaItem.isSession,
				speakers: agendaItem.speakers,
				facilitators: agendaItem.facilitators
			})
			.from(agendaItem)
			.where(eq(agendaItem.eventId, eventId))
			.orderBy(asc(agendaItem.startsAt), asc(agendaItem.endsAt), asc(agendaItem.id))
	]);
	if (!found) throw new DomainError('not_found', 'no such event');
	assertPublicEvent(found);
	const { isPublished: _published, archivedAt: _archived, held, ...shown } = found;
	return {
		...shown,
		placesLeft: shown.capacity === null ? null : Math.max(0, shown.capacity - held),
		registration: registrationState(shown, now),
		agenda
	};
}

export type ProgrammeCalendar = { id: string; name: Localized; events: PublicEventSummary[] };

/** A programme's published events, first first; `not_found` for an archived or unknown programme. */
export async function getProgrammeCalendar(programmeId: string): Promise<ProgrammeCalendar> {
	assertRecordId(programmeId, 'programme');
	const [[held], events] = await Promise.all([
		db()
			.select({ id: programme.id, name: programme.name })
			.from(programme)
			.where(and(eq(programme.id, programmeId), isNull(programme.archivedAt))),
		db()
			.select(publicColumns)
			.from(event)
			.leftJoin(country, eq(country.code, event.countryCode))
			.where(and(eq(event.programmeId, programmeId), publicEvents))
			.orderBy(asc(event.startsOn), asc(event.id))
	]);
	if (!held) throw new DomainError('not_found', 'no such programme');
	return { ...held, events };
}
