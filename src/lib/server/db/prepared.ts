// Statements on the busiest paths (a respondent's submit, a panellist's save), built once and
// prepared by name on each connection: neither Drizzle's query building nor PostgreSQL's parsing and
// planning is paid per request.
import { createHash } from 'node:crypto';
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

/**
 * Raw SQL whose values are `sql.placeholder(name)`s, built once and run as a statement prepared by
 * name (named after its text, so no two statements clash) with the values given on each call.
 */
export function preparedSql<Row extends Record<string, unknown>>(
	query: SQL
): (values: Record<string, unknown>) => Promise<Row[]> {
	const { sql: text, params } = dialect.sqlToQuery(query);
	const name = `mhub_${createHash('sha1').update(text).digest('base64url')}`;
	return async (values) =>
		(await pool().query<Row>({ name, text, values: fillPlaceholders(params, values) })).rows;
}
