// What the sections of the home page are built from. Each list is bounded and read as one JSON value,
// so a section is one SQL statement however many lists it shows; and the lists two sections share:
// events waiting for a decision, and trainees' gains per event.
import { sql, type SQL } from 'drizzle-orm';
import type { Localized } from '../../i18n/localized.js';
import { disclosure } from '../../statistics/small-cells.js';
import { countedAttempts } from '../evaluation/take.js';

/** How many items a list of the home page shows; the rest is behind a link to the full list. */
export const listLimit = 10;

/** At most `listLimit` items, and how many there are in all. */
export type Bounded<T> = { total: number; items: T[] };

/**
 * `rows` (a select whose columns are named in camelCase) as one JSON value `{ total, items }`, the
 * items ordered by `order` (written on those names).
 */
export const boundedList = (rows: SQL, order: SQL): SQL => sql`(with q as (${rows})
	select json_build_object('total', (select count(*) from q), 'items', coalesce(
		(select json_agg(t order by ${order}) from (select * from q order by ${order} limit ${listLimit}) t),
		'[]'::json)))`;

/** Each item of a bounded list turned into what the page shows. */
export const mapItems = <T, U>(list: Bounded<T>, map: (item: T) => U): Bounded<U> => ({
	total: list.total,
	items: list.items.map(map)
});

/** Events to come first, the soonest first; then those that are over, the latest first. */
export const soonestThenLatest = sql`"endsOn" < current_date, case when "endsOn" >= current_date then "startsOn" end, "startsOn" desc`;

/** The columns naming an event in a list (the event table is read unaliased, as policies write it). */
export const eventColumns = sql`event.id as "eventId", event.title, event.starts_on as "startsOn",
	event.ends_on as "endsOn"`;

export type EventItem = { eventId: string; title: Localized; startsOn: string; endsOn: string };

/** An event whose pending registrations wait for a decision, or whose certificates were never issued. */
export type EventToAct = EventItem & {
	pending: number;
	/** Over (in the last 180 days), attendance taken, and not one certificate issued yet. */
	certificatesDue: boolean;
};

/** The events of `events` (a condition on the event table) waiting for whoever runs them. */
export const eventsToAct = (events: SQL | undefined): SQL =>
	boundedList(
		sql`select ${eventColumns}, w.pending, w."certificatesDue"
		from event cross join lateral (select
			(select count(*)::int from registration r where r.event_id = event.id and r.status = 'pending') as pending,
			(event.ends_on < current_date and event.ends_on >= current_date - 180
				and exists (select 1 from attendance a join agenda_item i on i.id = a.agenda_item_id
					where i.event_id = event.id)
				and not exists (select 1 from certificate c join registration r on r.id = c.registration_id
					where r.event_id = event.id)) as "certificatesDue") w
		where ${events ?? sql`true`} and event.archived_at is null and (w.pending > 0 or w."certificatesDue")`,
		soonestThenLatest
	);

/** Trainees of one event with a pre-test and a post-test score: their mean scores (percent of the marks). */
export type EventGain = EventItem & {
	pairs: number;
	/** Null when too few pairs to show (small cells). */
	meanPre: number | null;
	meanPost: number | null;
};

/** Per event of `events` with at least `minPairs` pairs: the mean pre-test and post-test scores. */
export const gainsOf = (events: SQL | undefined, minPairs = 1): SQL =>
	boundedList(
		sql`select ${eventColumns}, g.pairs, g.pre as "meanPre", g.post as "meanPost"
		from event cross join lateral (
			select count(*)::int as pairs, avg(s.pre)::float8 as pre, avg(s.post)::float8 as post
			from registration r cross join lateral (
				select max(c.score / c.max_score * 100) filter (where c.phase = 'pre') as pre,
					max(c.score / c.max_score * 100) filter (where c.phase = 'post') as post
				from (${countedAttempts(sql`r.id`)}) c where c.max_score > 0) s
			where r.event_id = event.id and r.status = 'confirmed' and s.pre is not null and s.post is not null) g
		where ${events ?? sql`true`} and event.archived_at is null and g.pairs >= ${Math.max(1, minPairs)}`,
		sql`"endsOn" desc, "eventId"`
	);

/** Means of fewer than 5 pairs are never shown. */
export const disclosedGain = (gain: EventGain): EventGain =>
	disclosure(gain.pairs) === 'hidden' ? { ...gain, meanPre: null, meanPost: null } : gain;
