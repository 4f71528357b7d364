// The focal point's part of the home page, over the events held in their countries: trainings to come
// and recent ones, the reach of the last twelve months, the gains where enough people took both tests,
// and the events waiting for a decision.
import { sql } from 'drizzle-orm';
import type { Localized } from '../../i18n/localized.js';
import { reachOf } from '../auth/reach.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { eventsOfFocalCountries } from '../events/policies.js';
import { hiddenBelow } from '../../statistics/small-cells.js';
import {
	boundedList,
	disclosedGain,
	eventColumns,
	eventsToAct,
	gainsOf,
	mapItems,
	soonestThenLatest,
	type Bounded,
	type EventGain,
	type EventItem,
	type EventToAct
} from './lists.js';

export type CountryTraining = EventItem & {
	countryCode: string | null;
	countryName: Localized | null;
	city: string | null;
	/** Confirmed participants. */
	participants: number;
};

export type Reach = {
	/** Confirmed registrations at events that started in the last twelve months. */
	participations: number;
	/** The same people counted once (by email address). */
	people: number;
};

export type FocalPointHome = {
	/** The countries the focal point runs; null: all of them (a platform-wide grant). */
	countryCodes: string[] | null;
	trainings: Bounded<CountryTraining>;
	reach: Reach;
	gains: Bounded<EventGain>;
	waiting: Bounded<EventToAct>;
};

/** How long a training that is over stays in the list (days). */
export const recentDays = 90;

type Row = Omit<FocalPointHome, 'countryCodes'>;

/** The focal point's section; null for anyone who is no country focal point. */
export async function focalPointHome(actor: Actor): Promise<FocalPointHome | null> {
	const countries = reachOf(actor, { country_focal_point: 'scoped' });
	if (countries.kind === 'none') return null;
	const inCountries = eventsOfFocalCountries(actor) ?? sql`true`;
	const lastYear = sql`event.starts_on > current_date - interval '12 months' and event.starts_on <= current_date`;
	const [row] = (
		await db().execute<Row>(sql`select
		${boundedList(
			sql`select ${eventColumns}, event.country_code as "countryCode", country.name as "countryName",
				event.city, (select count(*)::int from registration r
					where r.event_id = event.id and r.status = 'confirmed') as participants
			from event left join country on country.code = event.country_code
			where ${inCountries} and event.archived_at is null
				and event.ends_on >= current_date - ${recentDays}::int`,
			soonestThenLatest
		)} as trainings,
		(select json_build_object('participations', count(*), 'people', count(distinct lower(r.email)))
			from registration r join event on event.id = r.event_id
			where ${inCountries} and ${lastYear} and event.archived_at is null and r.status = 'confirmed') as reach,
		${gainsOf(sql`${inCountries} and ${lastYear}`, hiddenBelow)} as gains,
		${eventsToAct(inCountries)} as waiting`)
	).rows;
	return {
		countryCodes: countries.kind === 'countries' ? countries.countryCodes : null,
		trainings: row.trainings,
		reach: row.reach,
		gains: mapItems(row.gains, disclosedGain),
		waiting: row.waiting
	};
}
