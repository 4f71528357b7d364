// Statements on the busiest paths (a registration, an attendance mark, a respondent's submit, a
// panellist's save, the actor of each request), built once and prepared by name on each connection:
// neither Drizzle's query building nor PostgreSQL's parsing and planning is paid per request. The
// one way to prepare a statement; transactions are Drizzle's own (ADR 6).
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { fillPlaceholders, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { db, type DbOrTx } from './client.js';

const dialect = new PgDialect();

/** The connection Drizzle runs `database`'s queries on: the pool, or a transaction's one client. */
function connectionOf(database: DbOrTx): pg.Pool | pg.PoolClient {
	// node-postgres' session holds it; Drizzle has no public accessor for a transaction's client.
	const { client } = database._.session as unknown as { client?: pg.Pool | pg.PoolClient };
	if (!client) throw new Error('no node-postgres connection behind this Drizzle database');
	return client;
}

/**
 * Raw SQL whose values are `sql.placeholder(name)`s, built once and run as a statement prepared by
 * name (named after its text, so no two statements clash) with the values given on each call; on
 * the pool, or inside `db().transaction(…)` on its `tx`. Rows come as node-postgres reads them
 * (timestamps as Dates); name the columns in camelCase with `as "name"`.
 */
export function preparedSql<Row extends Record<string, unknown>>(
	query: SQL
): (values: Record<string, unknown>, database?: DbOrTx) => Promise<Row[]> {
	const { sql: text, params } = dialect.sqlToQuery(query);
	const name = `mhub_${createHash('sha1').update(text).digest('base64url')}`;
	return async (values, database = db()) =>
		(await connectionOf(database).query<Row>({ name, text, values: fillPlaceholders(params, values) })).rows;
}
