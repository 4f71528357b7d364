// Limits on how often a key (an email address, a client address) may ask for something, counted in
// PostgreSQL so that they hold across every instance. Each request adds one to the counter of each
// of its keys for the current hour, in one statement; windows that have passed are deleted by it.
import { sql } from 'drizzle-orm';
import { preparedSql } from './db/prepared.js';
import { rateLimitWindow } from './db/schema/system.js';

/** At most `max` requests an hour for `key`. */
export type Limit = { key: string; max: number };

// Hours are counted from UTC whatever the session's time zone (date_trunc would follow it). Keys are
// counted in their sorted order, so that two requests sharing keys never wait for each other's rows
// crosswise.
const countHits = preparedSql<{ key: string; hits: number }>(sql`
	with passed as (
		delete from ${rateLimitWindow} where ${rateLimitWindow.windowStart} < now() - interval '1 hour')
	insert into ${rateLimitWindow} (key, window_start, hits)
	select key, date_bin(interval '1 hour', now(), timestamptz '2000-01-01 00:00Z'), 1
	from unnest(${sql.placeholder('keys')}::text[]) as key order by key
	on conflict (key, window_start) do update set hits = ${rateLimitWindow.hits} + 1
	returning key, hits`);

/** Counts one more request against each limit; true when none is exceeded. */
export async function withinLimits(limits: readonly Limit[]): Promise<boolean> {
	const counted = await countHits({ keys: limits.map((limit) => limit.key) });
	const hits = new Map(counted.map((row) => [row.key, row.hits]));
	return limits.every((limit) => (hits.get(limit.key) ?? 0) <= limit.max);
}
