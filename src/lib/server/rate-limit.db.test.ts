import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from './db/client.js';
import { withinLimits } from './rate-limit.js';
import { useTestDatabase } from './testing/database.js';

useTestDatabase();

describe('withinLimits', () => {
	it('lets each key through up to its maximum in the hour, counting every request', async () => {
		const limits = [
			{ key: 'test:email:a@example.org', max: 2 },
			{ key: 'test:client:192.0.2.1', max: 3 }
		];
		expect(await withinLimits(limits)).toBe(true);
		expect(await withinLimits(limits)).toBe(true);
		expect(await withinLimits(limits)).toBe(false);
		// Another address from the same client: only the client's own limit is left to reach.
		expect(await withinLimits([{ key: 'test:email:b@example.org', max: 2 }, limits[1]])).toBe(false);
		expect(await withinLimits([{ key: 'test:email:c@example.org', max: 2 }])).toBe(true);
	});

	it('counts requests sent at the same moment one by one: exactly the maximum gets through', async () => {
		const limit = { key: 'test:client:198.51.100.7', max: 5 };
		const outcomes = await Promise.all(Array.from({ length: 30 }, () => withinLimits([limit])));
		expect(outcomes.filter(Boolean)).toHaveLength(5);
	});

	it('starts again in a new hour and deletes the hours that have passed', async () => {
		const key = 'test:email:old@example.org';
		await db().execute(
			sql`insert into rate_limit_window (key, window_start, hits) values (${key}, now() - interval '2 hours', 99)`
		);
		expect(await withinLimits([{ key, max: 1 }])).toBe(true);
		const rows = await db().execute<{ hits: number }>(
			sql`select hits from rate_limit_window where key = ${key}`
		);
		expect(rows.rows).toEqual([{ hits: 1 }]);
	});
});
