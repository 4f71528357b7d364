// The coordinator's (and administrator's) part of the home page: their programmes, each with its
// dashboard, and the events of those programmes waiting for them (registrations to decide,
// certificates never issued).
import { sql } from 'drizzle-orm';
import type { Localized } from '../../i18n/localized.js';
import { programmeReachOf } from '../auth/reach.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { eventsOfCoordinatedProgrammes } from '../events/policies.js';
import { programmesEditedBy } from '../programmes/policies.js';
import { boundedList, eventsToAct, type Bounded, type EventToAct } from './lists.js';

export type MyProgramme = {
	programmeId: string;
	name: Localized;
	acronym: string | null;
	startsOn: string;
	endsOn: string;
	/** Events of the programme that are not over. */
	eventsToCome: number;
};

export type CoordinatorHome = {
	programmes: Bounded<MyProgramme>;
	waiting: Bounded<EventToAct>;
};

/** The programme dashboard's page (link only: built elsewhere). */
export const programmeDashboardPath = (programmeId: string): string => `/programmes/${programmeId}/dashboard`;

/** The coordinator's section; null for anyone who coordinates no programme. */
export async function coordinatorHome(actor: Actor): Promise<CoordinatorHome | null> {
	if (programmeReachOf(actor, ['administrator', 'programme_coordinator']).kind === 'none') return null;
	const [row] = (
		await db().execute<CoordinatorHome>(sql`select
		${boundedList(
			sql`select programme.id as "programmeId", programme.name, programme.acronym,
				programme.starts_on as "startsOn", programme.ends_on as "endsOn",
				(select count(*)::int from event where event.programme_id = programme.id
					and event.archived_at is null and event.ends_on >= current_date) as "eventsToCome"
			from programme
			where ${programmesEditedBy(actor) ?? sql`true`} and programme.archived_at is null`,
			sql`"endsOn" < current_date, "startsOn" desc, "programmeId"`
		)} as programmes,
		${eventsToAct(eventsOfCoordinatedProgrammes(actor))} as waiting`)
	).rows;
	return row;
}
