// One connection pool per process, to DATABASE_URL (the CLI points it at the embedded server).
import pg from 'pg';
import { is } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { config } from '../config.js';
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

/**
 * How long the database may take before a request gives up, so that a frozen or unreachable database
 * answers "unavailable" (503) instead of hanging every request: connecting (or waiting for a free
 * connection), one statement (cancelled by the server), a transaction left idle, and one query as
 * the client sees it (for a server that no longer answers at all).
 */
export type Timeouts = {
	connectMs: number;
	statementMs: number;
	idleInTransactionMs: number;
	queryMs: number;
};

export const requestTimeouts: Timeouts = {
	connectMs: 5_000,
	statementMs: 30_000,
	idleInTransactionMs: 60_000,
	queryMs: 45_000
};

/** Migrations, backups and restores: single statements may run for minutes on a large database. */
export const longWorkTimeouts: Timeouts = {
	...requestTimeouts,
	statementMs: 0,
	idleInTransactionMs: 0,
	queryMs: 0
};

export function createPool(
	connectionString: string,
	max = 10,
	timeouts: Timeouts = requestTimeouts
): pg.Pool {
	const pool = new pg.Pool({
		connectionString,
		max,
		idleTimeoutMillis: 30_000,
		connectionTimeoutMillis: timeouts.connectMs,
		// 0 leaves the server's default (none); pg sends only the settings given.
		statement_timeout: timeouts.statementMs || undefined,
		idle_in_transaction_session_timeout: timeouts.idleInTransactionMs || undefined,
		query_timeout: timeouts.queryMs || undefined,
		// A dead peer (a network cut) is noticed on idle connections too.
		keepAlive: true
	});
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
		const url = config.databaseUrl;
		if (!url) throw new Error('DATABASE_URL is not set: start MHub with `npm start` or `mhub start`.');
		const pool = createPool(url, config.databasePoolSize);
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

let longWork: pg.Pool | undefined;

/** A small pool to DATABASE_URL without statement timeouts, for migrations, backups and restores. */
export function longWorkPool(): pg.Pool {
	const url = config.databaseUrl;
	if (!url) throw new Error('DATABASE_URL is not set: start MHub with `npm start` or `mhub start`.');
	if (!longWork || !pools.has(longWork)) longWork = createPool(url, 2, longWorkTimeouts);
	return longWork;
}

/** Closes every pool in the process. */
export async function closeDb(): Promise<void> {
	current = undefined;
	const closing = [...pools];
	pools.clear();
	// A pool its user already ended (a test's own) must not be ended twice.
	await Promise.all(closing.filter((p) => !p.ending).map((p) => p.end()));
}
