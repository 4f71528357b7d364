// Prepared statements run on the pool, or inside a Drizzle transaction on its one connection.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../testing/database.js';
import { db } from './client.js';
import { preparedSql } from './prepared.js';

useTestDatabase();

const settingOf = preparedSql<{ value: string | null }>(
	sql`select current_setting(${sql.placeholder('name')}, true) as "value"`
);

describe('preparedSql', () => {
	it('runs on the pool, with the values of each call', async () => {
		expect(await settingOf({ name: 'mhub.nothing' })).toEqual([{ value: null }]);
		expect((await settingOf({ name: 'server_encoding' }))[0].value).toBe('UTF8');
	});

	it('runs in a transaction on its connection: it sees what the transaction did, and nothing after', async () => {
		const seen = await db().transaction(async (tx) => {
			await tx.execute(sql`select set_config('mhub.seen', 'inside', true)`);
			return settingOf({ name: 'mhub.seen' }, tx);
		});
		expect(seen).toEqual([{ value: 'inside' }]);
		expect((await settingOf({ name: 'mhub.seen' }))[0].value ?? '').toBe('');
	});
});
