// Who may see and run events.
//
// An event is run (created, changed, its registrations decided, certificates issued) by
// administrators, by programme coordinators who reach its programme, and by country focal points of
// its country. Trainers named as its facilitators run it on the day: they read it and take
// attendance, but do not change it. The public reads published events (their public page) and
// registers for them; nothing else.
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { assertCan, programmeReachOf, reachOf, reaches, reachesProgramme } from '../auth/authorize.js';
import { event, eventFacilitator, registration } from '../db/schema/events.js';
import { programme } from '../db/schema/programmes.js';
import { DomainError } from '../errors.js';

/** What the policy needs to know of an event; `facilitatorIds` are the users who facilitate it. */
export type EventPlace = {
	programmeId: string | null;
	countryCode: string | null;
	facilitatorIds: readonly string[];
};

const coordinatorReach = (actor: Actor) =>
	programmeReachOf(actor, ['administrator', 'programme_coordinator']);
const focalPointReach = (actor: Actor) => reachOf(actor, { country_focal_point: 'scoped' });

/** Whether an actor may open the events pages at all. */
export const canUseEvents = (actor: Actor): boolean =>
	coordinatorReach(actor).kind !== 'none' ||
	focalPointReach(actor).kind !== 'none' ||
	(actor.kind === 'user' && actor.grants.some((grant) => grant.role === 'trainer'));

/** Whether the actor may create events at all (in some programme or country). */
export const canCreateEvents = (actor: Actor): boolean =>
	coordinatorReach(actor).kind !== 'none' || focalPointReach(actor).kind !== 'none';

export function canManageEvent(actor: Actor, place: Omit<EventPlace, 'facilitatorIds'>): boolean {
	if (reachesProgramme(coordinatorReach(actor), place.programmeId)) return true;
	return place.countryCode !== null && reaches(focalPointReach(actor), [place.countryCode]);
}

export const isFacilitator = (actor: Actor, place: EventPlace): boolean =>
	actor.kind === 'user' && place.facilitatorIds.includes(actor.userId);

export const canReadEvent = (actor: Actor, place: EventPlace): boolean =>
	canManageEvent(actor, place) || isFacilitator(actor, place);

/** Attendance is taken by whoever runs the event, on the day too. */
export const canTakeAttendance = canReadEvent;

/** The agenda is kept by whoever runs the event: its facilitators change it on the day too. */
export const canKeepAgenda = canReadEvent;

export const assertCanUseEvents = (actor: Actor): void => assertCan(actor, canUseEvents(actor), 'use events');

export const assertCanCreateEvents = (actor: Actor): void =>
	assertCan(actor, canCreateEvents(actor), 'create events');

export const assertCanReadEvent = (actor: Actor, place: EventPlace): void =>
	assertCan(actor, canReadEvent(actor, place), 'read this event');

export const assertCanManageEvent = (actor: Actor, place: EventPlace): void =>
	assertCan(actor, canManageEvent(actor, place), 'change this event');

export const assertCanKeepAgenda = (actor: Actor, place: EventPlace): void =>
	assertCan(actor, canKeepAgenda(actor, place), 'change the agenda of this event');

export const assertCanTakeAttendance = (actor: Actor, place: EventPlace): void =>
	assertCan(actor, canTakeAttendance(actor, place), 'take attendance at this event');

/** The public sees an event (its page, calendar, registration) once published, and no longer once archived. */
export const isPublicEvent = (row: { isPublished: boolean; archivedAt: Date | null }): boolean =>
	row.isPublished && row.archivedAt === null;

/** To the public, an event that is not public does not exist. */
export function assertPublicEvent(row: { isPublished: boolean; archivedAt: Date | null }): void {
	if (!isPublicEvent(row)) throw new DomainError('not_found', 'no such event');
}

/** The public events, as a SQL condition. */
export const publicEvents: SQL = sql`${event.isPublished} and ${event.archivedAt} is null`;

/**
 * Where an event is created or moved to (its programme and country) must be in the actor's reach;
 * the refusal names the field, so the form says it beside the choice.
 */
export function assertCanPlaceEvent(actor: Actor, place: Omit<EventPlace, 'facilitatorIds'>): void {
	if (canManageEvent(actor, place)) return;
	const byCountry = focalPointReach(actor).kind !== 'none';
	throw new DomainError('forbidden', 'not allowed to place an event here', {
		fields: byCountry
			? { countryCode: ['country_outside_scope'] }
			: { programmeId: ['programme_outside_scope'] }
	});
}

/** The events an actor may read, as a SQL condition (undefined: all of them; false: none). */
export function eventsInReach(actor: Actor): SQL | undefined {
	const programmes = coordinatorReach(actor);
	if (programmes.kind === 'all') return undefined;
	const conditions: SQL[] = [];
	if (programmes.kind === 'programmes') conditions.push(inArray(event.programmeId, programmes.programmeIds));
	const countries = focalPointReach(actor);
	if (countries.kind === 'all') return undefined;
	if (countries.kind === 'countries') conditions.push(inArray(event.countryCode, countries.countryCodes));
	if (actor.kind === 'user') {
		conditions.push(
			sql`exists (select 1 from ${eventFacilitator} where ${and(
				eq(eventFacilitator.eventId, event.id),
				eq(eventFacilitator.userId, actor.userId)
			)})`
		);
	}
	return conditions.length === 0 ? sql`false` : or(...conditions);
}

/**
 * The programmes an actor may hold events in, as a SQL condition on the programme table (undefined:
 * all). A focal point holds any programme's events in their countries; a coordinator, their programmes'.
 */
export function programmesForEvents(actor: Actor): SQL | undefined {
	if (focalPointReach(actor).kind !== 'none') return undefined;
	const programmes = coordinatorReach(actor);
	if (programmes.kind === 'all') return undefined;
	return programmes.kind === 'programmes' ? inArray(programme.id, programmes.programmeIds) : sql`false`;
}

/**
 * The Trainings of Trainers an actor may name as the origin of a pilot or rollout, as a SQL
 * condition (undefined: all of them): those they read, and those where participants from the
 * countries they run were trained (a country's trainers are often certified abroad).
 */
export function totEventsForCascade(actor: Actor): SQL | undefined {
	const readable = eventsInReach(actor);
	if (readable === undefined) return undefined;
	const countries = focalPointReach(actor);
	if (countries.kind !== 'countries') return readable;
	return or(
		readable,
		sql`exists (select 1 from ${registration} where ${and(
			eq(registration.eventId, event.id),
			inArray(registration.countryCode, countries.countryCodes)
		)})`
	);
}
