// Attendance at an event's sessions, taken in the room by whoever runs the event: the sessions of
// each day with how many were present, one session's sheet of confirmed registrants, and marks, one
// tap at a time or everyone at once. Breaks do not count, nor do registrants who are not confirmed.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db, type DbOrTx } from '../db/client.js';
import { country } from '../db/schema/directory.js';
import { preparedSql } from '../db/prepared.js';
import { agendaItem, attendance, event, eventFacilitator, registration } from '../db/schema/events.js';
import { DomainError } from '../errors.js';
import { assertRecordId } from '../validate.js';
import { getEventPlace } from './place.js';
import { authorize } from '../auth/authorize.js';

export type AttendanceSession = {
	id: string;
	title: Localized;
	startsAt: Date;
	endsAt: Date;
	/** The date on the venue's clocks, "YYYY-MM-DD". */
	day: string;
};

export type AttendanceOverview = {
	/** The venue's time zone, in which the sessions' times are shown. */
	timeZone: string;
	confirmed: number;
	sessions: (AttendanceSession & { present: number })[];
};

export type Registrant = {
	id: string;
	fullName: string;
	countryCode: string;
	countryName: Localized;
	present: boolean;
};

export type AttendanceSheet = {
	timeZone: string;
	session: AttendanceSession;
	/** Confirmed registrants, by name. */
	registrants: Registrant[];
};

const isConfirmed = eq(registration.status, 'confirmed');

const sessionColumns = {
	id: agendaItem.id,
	title: agendaItem.title,
	startsAt: agendaItem.startsAt,
	endsAt: agendaItem.endsAt,
	day: sql<string>`to_char(${agendaItem.startsAt} at time zone ${event.timeZone}, 'YYYY-MM-DD')`
};

const sessionsOf = (tx: DbOrTx, eventId: string) =>
	tx
		.select({
			...sessionColumns,
			present: sql<number>`(select count(*)::int from ${attendance}
				join ${registration} on ${registration.id} = ${attendance.registrationId}
				where ${attendance.agendaItemId} = ${agendaItem.id} and ${isConfirmed})`
		})
		.from(agendaItem)
		.innerJoin(event, eq(event.id, agendaItem.eventId))
		.where(and(eq(agendaItem.eventId, eventId), eq(agendaItem.isSession, true)))
		.orderBy(asc(agendaItem.startsAt), asc(agendaItem.id));

/** One session of the event (not a break), with the event's time zone; `not_found` otherwise. */
async function getSession(tx: DbOrTx, eventId: string, sessionId: string) {
	assertRecordId(sessionId, 'session');
	const [row] = await tx
		.select({ ...sessionColumns, timeZone: event.timeZone })
		.from(agendaItem)
		.innerJoin(event, eq(event.id, agendaItem.eventId))
		.where(
			and(eq(agendaItem.id, sessionId), eq(agendaItem.eventId, eventId), eq(agendaItem.isSession, true))
		);
	if (!row) throw new DomainError('not_found', 'no such session');
	return row;
}

async function assertTakesAttendance(tx: DbOrTx, actor: Actor, eventId: string): Promise<string> {
	authorize(actor, 'takeAttendance', await getEventPlace(tx, eventId));
	// Only signed-in users pass the policy.
	return actor.kind === 'user' ? actor.userId : '';
}

/** The event's sessions in order, each with its day and how many confirmed registrants attended. */
export async function listAttendanceSessions(actor: Actor, eventId: string): Promise<AttendanceOverview> {
	await assertTakesAttendance(db(), actor, eventId);
	const [[{ timeZone }], confirmed, sessions] = await Promise.all([
		db().select({ timeZone: event.timeZone }).from(event).where(eq(event.id, eventId)),
		db().$count(registration, and(eq(registration.eventId, eventId), isConfirmed)),
		sessionsOf(db(), eventId)
	]);
	return { timeZone, confirmed, sessions };
}

/** One session's sheet: every confirmed registrant, by name, present or not. */
export async function getAttendanceSheet(
	actor: Actor,
	eventId: string,
	sessionId: string
): Promise<AttendanceSheet> {
	await assertTakesAttendance(db(), actor, eventId);
	const [{ timeZone, ...session }, registrants] = await Promise.all([
		getSession(db(), eventId, sessionId),
		db()
			.select({
				id: registration.id,
				fullName: registration.fullName,
				countryCode: registration.countryCode,
				countryName: country.name,
				present: sql<boolean>`${attendance.registrationId} is not null`
			})
			.from(registration)
			.innerJoin(country, eq(country.code, registration.countryCode))
			.leftJoin(
				attendance,
				and(eq(attendance.registrationId, registration.id), eq(attendance.agendaItemId, sessionId))
			)
			.where(and(eq(registration.eventId, eventId), isConfirmed))
			.orderBy(sql`lower(${registration.fullName})`, asc(registration.id))
	]);
	return { timeZone, session, registrants };
}

export type AttendanceMark = { sessionId: string; registrationId: string; present: boolean };

// One tap is the busiest thing a trainer does: its two statements are built once and prepared.

/** The event's place for the policy, and whether the tap's session and confirmed registrant are in it. */
const markTarget = preparedSql<{
	programme_id: string | null;
	country_code: string | null;
	facilitator_ids: string[];
	target_found: boolean;
}>(sql`
	select ${event.programmeId} as programme_id, ${event.countryCode} as country_code,
		coalesce((select array_agg(${eventFacilitator.userId}) from ${eventFacilitator}
			where ${eventFacilitator.eventId} = ${event.id}), '{}') as facilitator_ids,
		exists (select 1 from ${agendaItem} join ${registration} on ${registration.eventId} = ${agendaItem.eventId}
			where ${agendaItem.id} = ${sql.placeholder('sessionId')}::uuid and ${agendaItem.eventId} = ${event.id}
				and ${agendaItem.isSession} and ${registration.id} = ${sql.placeholder('registrationId')}::uuid
				and ${isConfirmed}) as target_found
	from ${event} where ${event.id} = ${sql.placeholder('eventId')}::uuid`);

const markPresent = preparedSql(sql`
	insert into ${attendance} (agenda_item_id, registration_id, marked_by)
	values (${sql.placeholder('sessionId')}::uuid, ${sql.placeholder('registrationId')}::uuid,
		${sql.placeholder('markedBy')})
	on conflict do nothing`);

const markAbsent = preparedSql(sql`
	delete from ${attendance} where agenda_item_id = ${sql.placeholder('sessionId')}::uuid
		and registration_id = ${sql.placeholder('registrationId')}::uuid`);

/**
 * Marks one confirmed registrant present at (or absent from) one session. Marking twice is safe: the
 * second tap changes nothing. Two statements: the event's place with the check, then the change.
 */
export async function markAttendance(actor: Actor, eventId: string, mark: AttendanceMark): Promise<void> {
	assertRecordId(eventId, 'event');
	assertRecordId(mark.sessionId, 'session');
	assertRecordId(mark.registrationId, 'registration');
	const { sessionId, registrationId } = mark;
	const [found] = await markTarget({ eventId, sessionId, registrationId });
	if (!found) throw new DomainError('not_found', 'no such event');
	// The policy first, as before the merge: someone who may not take attendance learns nothing more.
	authorize(actor, 'takeAttendance', {
		kind: 'event',
		programmeId: found.programme_id,
		countryCode: found.country_code,
		facilitatorIds: found.facilitator_ids
	});
	if (!found.target_found) throw new DomainError('not_found', 'no such session or confirmed registrant');
	// Only signed-in users pass the policy.
	const markedBy = actor.kind === 'user' ? actor.userId : null;
	await (mark.present
		? markPresent({ sessionId, registrationId, markedBy })
		: markAbsent({ sessionId, registrationId }));
}

/** Marks every confirmed registrant present at one session; returns how many were not yet. */
export async function markEveryonePresent(actor: Actor, eventId: string, sessionId: string): Promise<number> {
	const markedBy = await assertTakesAttendance(db(), actor, eventId);
	await getSession(db(), eventId, sessionId);
	const marked = await db()
		.insert(attendance)
		.select(
			db()
				.select({
					agendaItemId: sql`${sessionId}::uuid`.as('agenda_item_id'),
					registrationId: registration.id,
					markedBy: sql`${markedBy}`.as('marked_by'),
					markedAt: sql`now()`.as('marked_at')
				})
				.from(registration)
				.where(and(eq(registration.eventId, eventId), isConfirmed))
		)
		.onConflictDoNothing()
		.returning({ registrationId: attendance.registrationId });
	return marked.length;
}
