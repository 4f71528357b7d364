// One connection pool per process, to DATABASE_URL (the CLI points it at the embedded server).
import pg from 'pg';
import { is } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { logger } from '../logger.js';
import * as schema from './schema/index.js';

export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the pool-backed database or a transaction: what helpers that may run inside one accept. */
export type DbOrTx = Db | Tx;

// The web bundle and the CLI each carry a copy of this module; pools are registered process-wide so
// that shutting down closes every one of them.
const pools: Set<pg.Pool> = ((globalThis as Record<symbol, unknown>)[Symbol.for('mhub.pools')] ??=
	new Set<pg.Pool>()) as Set<pg.Pool>;

export function createPool(connectionString: string, max = 10): pg.Pool {
	const pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: 30_000 });
	// A dropped connection must not crash the process; the pool replaces it.
	pool.on('error', (error: Error & { code?: string }) =>
		logger.warn({ message: error.message, code: error.code }, 'database connection lost')
	);
	pools.add(pool);
	return pool;
}

export function createDb(pool: pg.Pool): Db {
	return drizzle(pool, { schema });
}

let current: { pool: pg.Pool; db: Db } | undefined;

/** The process-wide database. */
export function db(): Db {
	if (!current) {
		const url = process.env.DATABASE_URL;
		if (!url) throw new Error('DATABASE_URL is not set: start MHub with `npm start` or `mhub start`.');
		const pool = createPool(url, Number(process.env.MHUB_DB_POOL ?? 10));
		current = { pool, db: createDb(pool) };
	}
	return current.db;
}

type Queries<T extends readonly unknown[]> = { readonly [K in keyof T]: PromiseLike<T[K]> };

/**
 * Awaits queries one after another, for a transaction: its queries share one connection, which
 * takes one query at a time (node-postgres deprecates sending more). Drizzle's queries start when
 * awaited, so they run in turn.
 */
export async function inTurn<T extends readonly unknown[]>(queries: Queries<T>): Promise<T> {
	const results: unknown[] = [];
	for (const query of queries) results.push(await query);
	return results as unknown as T;
}

/** Queries that may run in a transaction: at once on the pool's connections, in turn in a transaction. */
export function allOn<T extends readonly unknown[]>(executor: DbOrTx, queries: Queries<T>): Promise<T> {
	return is(executor, PgTransaction) ? inTurn(queries) : (Promise.all(queries) as Promise<T>);
}

export function pool(): pg.Pool {
	db();
	return current!.pool;
}

/** Closes every pool in the process. */
export async function closeDb(): Promise<void> {
	current = undefined;
	const closing = [...pools];
	pools.clear();
	await Promise.all(closing.map((p) => p.end()));
}
