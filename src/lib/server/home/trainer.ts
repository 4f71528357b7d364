// The trainer's part of the home page, over the events they facilitate: sessions to run in the next
// two weeks, attendance still to take, test scores still to enter, and their trainees' gains.
import { sql, type SQL } from 'drizzle-orm';
import { scoredPhases, type Phase } from '../../evaluation/values.js';
import type { Localized } from '../../i18n/localized.js';
import { hasRole, type Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { eventsFacilitatedBy } from '../events/policies.js';
import { boundedList, disclosedGain, gainsOf, mapItems, type Bounded, type EventGain } from './lists.js';

export type Session = {
	sessionId: string;
	eventId: string;
	eventTitle: Localized;
	title: Localized;
	startsAt: Date;
	endsAt: Date;
	/** The venue's time zone: times are shown on its clocks. */
	timeZone: string;
};

export type ScoresToEnter = {
	eventId: string;
	eventTitle: Localized;
	phaseId: string;
	phase: Phase;
	offsetDays: number;
	closesAt: Date;
	isOpen: boolean;
	/** Confirmed participants without a result in this phase. */
	missing: number;
};

export type TrainerHome = {
	sessions: Bounded<Session>;
	attendance: Bounded<Session>;
	scores: Bounded<ScoresToEnter>;
	gains: Bounded<EventGain>;
};

/** How far back attendance and scores are still asked for (days): older gaps are the events pages' business. */
export const lookBackDays = 60;

type Dated<T, K extends keyof T> = Omit<T, K> & { [P in K]: string };
type Row = {
	sessions: Bounded<Dated<Session, 'startsAt' | 'endsAt'>>;
	attendance: Bounded<Dated<Session, 'startsAt' | 'endsAt'>>;
	scores: Bounded<Dated<ScoresToEnter, 'closesAt'>>;
	gains: Bounded<EventGain>;
};

/** The sessions of the agenda of the events `facilitated` that meet `condition`. */
const sessionsWhere = (facilitated: SQL, condition: SQL) => sql`select a.id as "sessionId",
	event.id as "eventId", event.title as "eventTitle", a.title, a.starts_at as "startsAt",
	a.ends_at as "endsAt", event.time_zone as "timeZone"
	from agenda_item a join event on event.id = a.event_id and event.archived_at is null
	where ${facilitated} and a.is_session and ${condition}`;

const asSession = ({ startsAt, endsAt, ...session }: Dated<Session, 'startsAt' | 'endsAt'>): Session => ({
	...session,
	startsAt: new Date(startsAt),
	endsAt: new Date(endsAt)
});

/** The trainer's section; null for anyone who is not a trainer. */
export async function trainerHome(actor: Actor): Promise<TrainerHome | null> {
	if (!hasRole(actor, 'trainer')) return null;
	const facilitated = eventsFacilitatedBy(actor);
	const [row] = (
		await db().execute<Row>(sql`select
		${boundedList(
			sessionsWhere(facilitated, sql`a.ends_at > now() and a.starts_at < now() + interval '14 days'`),
			sql`"startsAt", "sessionId"`
		)} as sessions,
		${boundedList(
			sessionsWhere(
				facilitated,
				sql`a.ends_at <= now() and a.ends_at > now() - make_interval(days => ${lookBackDays})
				and not exists (select 1 from attendance m where m.agenda_item_id = a.id)
				and exists (select 1 from registration r where r.event_id = event.id and r.status = 'confirmed')`
			),
			sql`"startsAt" desc, "sessionId"`
		)} as attendance,
		${boundedList(
			sql`select event.id as "eventId", event.title as "eventTitle", p.id as "phaseId", p.phase,
				p.offset_days as "offsetDays", p.closes_at as "closesAt", now() < p.closes_at as "isOpen", g.missing
			from evaluation_phase p join event on event.id = p.event_id and event.archived_at is null
			cross join lateral (select count(*)::int as missing from registration r
				where r.event_id = event.id and r.status = 'confirmed' and not exists (select 1
					from evaluation_submission x where x.phase_id = p.id and x.registration_id = r.id)) g
			where ${facilitated} and p.phase in ${scoredPhases} and not p.anonymous
				and p.opens_at <= now() and p.closes_at > now() - make_interval(days => ${lookBackDays})
				and g.missing > 0`,
			sql`"closesAt", "phaseId"`
		)} as scores,
		${gainsOf(facilitated)} as gains`)
	).rows;
	return {
		sessions: mapItems(row.sessions, asSession),
		attendance: mapItems(row.attendance, asSession),
		scores: mapItems(row.scores, ({ closesAt, ...phase }) => ({ ...phase, closesAt: new Date(closesAt) })),
		gains: mapItems(row.gains, disclosedGain)
	};
}
