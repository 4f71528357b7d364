// Statements on the busiest paths (a respondent's submit, a panellist's save), built once and
// prepared by name on each connection: neither Drizzle's query building nor PostgreSQL's parsing and
// planning is paid per request.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { fillPlaceholders, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { db, pool, type Db } from './client.js';

/** A Drizzle query built once per database (each test file has its own). */
export function preparedOnce<T>(build: (database: Db) => T): () => T {
	const built = new WeakMap<Db, T>();
	return () => {
		const database = db();
		let statement = built.get(database);
		if (statement === undefined) {
			statement = build(database);
			built.set(database, statement);
		}
		return statement;
	};
}

const dialect = new PgDialect();

/** Where a prepared statement runs: the pool, or the one client that holds a transaction. */
export type Runner = pg.Pool | pg.PoolClient;

/**
 * Raw SQL whose values are `sql.placeholder(name)`s, built once and run as a statement prepared by
 * name (named after its text, so no two statements clash) with the values given on each call; on
 * the pool, or on `runner` (a transaction's client, see `inTransaction`).
 */
export function preparedSql<Row extends Record<string, unknown>>(
	query: SQL
): (values: Record<string, unknown>, runner?: Runner) => Promise<Row[]> {
	const { sql: text, params } = dialect.sqlToQuery(query);
	const name = `mhub_${createHash('sha1').update(text).digest('base64url')}`;
	return async (values, runner = pool()) =>
		(await runner.query<Row>({ name, text, values: fillPlaceholders(params, values) })).rows;
}

/**
 * Runs `work` in a transaction on one client of the pool, for prepared statements that must see and
 * hold the same locks: committed when `work` returns, rolled back when it throws.
 */
export async function inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
	const client = await pool().connect();
	try {
		await client.query('begin');
		const result = await work(client);
		await client.query('commit');
		client.release();
		return result;
	} catch (error) {
		// A connection that cannot even roll back is broken: the pool drops it rather than reuse it.
		const broken = await client.query('rollback').then(
			() => undefined,
			(rollbackError: Error) => rollbackError
		);
		client.release(broken);
		throw error;
	}
}
