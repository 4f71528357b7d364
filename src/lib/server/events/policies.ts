// Who may see and run events.
//
// An event is run (created, changed, its registrations decided, certificates issued) by
// administrators, by programme coordinators who reach its programme, and by country focal points of
// its country. Trainers named as its facilitators run it on the day: they read it and take
// attendance, but do not change it. The public reads published events (their public page) and
// registers for them; nothing else.
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { programmeReachOf, reachOf, reaches, reachesProgramme } from '../auth/reach.js';
import { event, eventFacilitator, registration } from '../db/schema/events.js';
import { programme } from '../db/schema/programmes.js';
import { DomainError, type FieldErrors } from '../errors.js';

/** What the policy needs to know of an event; `facilitatorIds` are the users who facilitate it. */
export type EventPlace = {
	kind: 'event';
	programmeId: string | null;
	countryCode: string | null;
	facilitatorIds: readonly string[];
};

const coordinatorReach = (actor: Actor) =>
	programmeReachOf(actor, ['administrator', 'programme_coordinator']);
const focalPointReach = (actor: Actor) => reachOf(actor, { country_focal_point: 'scoped' });

function manage(actor: Actor, event: Omit<EventPlace, 'facilitatorIds'>): boolean {
	if (reachesProgramme(coordinatorReach(actor), event.programmeId)) return true;
	return event.countryCode !== null && reaches(focalPointReach(actor), [event.countryCode]);
}

const isFacilitator = (actor: Actor, event: EventPlace): boolean =>
	actor.kind === 'user' && event.facilitatorIds.includes(actor.userId);

/** Whoever runs the event, its facilitators on the day too. */
const runOnTheDay = (actor: Actor, event: EventPlace): boolean =>
	manage(actor, event) || isFacilitator(actor, event);

export const eventPolicy = {
	/** Open the events pages at all. */
	list: (actor: Actor): boolean =>
		coordinatorReach(actor).kind !== 'none' ||
		focalPointReach(actor).kind !== 'none' ||
		(actor.kind === 'user' && actor.grants.some((grant) => grant.role === 'trainer')),
	/** Create events (in some programme or country). */
	create: (actor: Actor): boolean =>
		coordinatorReach(actor).kind !== 'none' || focalPointReach(actor).kind !== 'none',
	read: runOnTheDay,
	/** Change it, decide its registrations, issue its certificates, import and export its participants. */
	manage,
	/** Attendance is taken by whoever runs the event, on the day too. */
	takeAttendance: runOnTheDay,
	/** The agenda is kept by whoever runs the event: its facilitators change it on the day too. */
	keepAgenda: runOnTheDay
};

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
 * Where an event is created or moved to (its programme and country) must be in the actor's reach:
 * the form fields a refusal names, so the form says it beside the choice.
 */
export const placeFields = (actor: Actor): FieldErrors =>
	focalPointReach(actor).kind !== 'none'
		? { countryCode: ['country_outside_scope'] }
		: { programmeId: ['programme_outside_scope'] };

/** The events an actor runs as an administrator or coordinator of their programmes (undefined: all). */
export function eventsOfCoordinatedProgrammes(actor: Actor): SQL | undefined {
	const programmes = coordinatorReach(actor);
	if (programmes.kind === 'all') return undefined;
	return programmes.kind === 'programmes' ? inArray(event.programmeId, programmes.programmeIds) : sql`false`;
}

/** The events an actor runs as a focal point of their countries (undefined: all). */
export function eventsOfFocalCountries(actor: Actor): SQL | undefined {
	const countries = focalPointReach(actor);
	if (countries.kind === 'all') return undefined;
	return countries.kind === 'countries' ? inArray(event.countryCode, countries.countryCodes) : sql`false`;
}

/** The events an actor facilitates. */
export function eventsFacilitatedBy(actor: Actor): SQL {
	if (actor.kind !== 'user') return sql`false`;
	return sql`exists (select 1 from ${eventFacilitator} where ${and(
		eq(eventFacilitator.eventId, event.id),
		eq(eventFacilitator.userId, actor.userId)
	)})`;
}

/** The events an actor may read, as a SQL condition (undefined: all of them; false: none). */
export function eventsInReach(actor: Actor): SQL | undefined {
	const coordinated = eventsOfCoordinatedProgrammes(actor);
	const focal = eventsOfFocalCountries(actor);
	if (coordinated === undefined || focal === undefined) return undefined;
	return or(coordinated, focal, eventsFacilitatedBy(actor));
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
