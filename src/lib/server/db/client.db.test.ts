// Queries that may run inside a transaction: at once on the pool, one at a time on a transaction's
// single connection (node-postgres deprecates a second query on a busy client).
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTestDatabase } from '../testing/database.js';
import { allOn, db } from './client.js';

useTestDatabase();

/** The most queries any one connection had under way at the same time while `work` ran. */
async function mostAtOnceOnOneClient(work: () => Promise<unknown>): Promise<number> {
	const running = new Map<pg.Client, number>();
	let most = 0;
	const query = pg.Client.prototype.query;
	vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (this: pg.Client, ...args: unknown[]) {
		running.set(this, (running.get(this) ?? 0) + 1);
		most = Math.max(most, running.get(this)!);
		const result = (query as (...a: unknown[]) => Promise<unknown>).apply(this, args);
		const done = () => void running.set(this, running.get(this)! - 1);
		void Promise.resolve(result).then(done, done);
		return result as never;
	});
	await work();
	return most;
}

const three = (executor: Parameters<typeof allOn>[0]) =>
	allOn(executor, [
		executor.execute<{ n: number }>(sql`select 1 as n, pg_sleep(0.02)`),
		executor.execute<{ n: number }>(sql`select 2 as n`),
		executor.execute<{ n: number }>(sql`select 3 as n`)
	]);

describe('allOn', () => {
	afterEach(() => vi.restoreAllMocks());

	it('runs the queries one at a time in a transaction, their results in order', async () => {
		let results: Awaited<ReturnType<typeof three>> | undefined;
		const most = await mostAtOnceOnOneClient(() =>
			db().transaction(async (tx) => void (results = await three(tx)))
		);
		expect(most).toBe(1);
		expect(results!.map((result) => result.rows[0].n)).toEqual([1, 2, 3]);
	});

	it('runs them at once on the pool, their results in order', async () => {
		const results = await three(db());
		expect(results.map((result) => result.rows[0].n)).toEqual([1, 2, 3]);
	});
});
