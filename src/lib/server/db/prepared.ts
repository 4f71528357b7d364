// Statements on the busiest paths (a respondent's submit, a panellist's save) prepared by name on each
// connection: PostgreSQL parses and plans them once per connection, not once per request.
import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { db, pool, type Db } from './client.js';

/** A Drizzle query built once per database (so neither is its SQL built per request). */
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
 * Raw SQL run as a named prepared statement, named after its text: each distinct text (a query with
 * an optional part has two) is prepared once per connection and never clashes with another.
 */
export async function executePrepared<Row extends Record<string, unknown>>(query: SQL): Promise<Row[]> {
	const { sql: text, params } = dialect.sqlToQuery(query);
	const name = `mhub_${createHash('sha1').update(text).digest('base64url')}`;
	const result = await pool().query<Row>({ name, text, values: params });
	return result.rows;
}
