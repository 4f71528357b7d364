// Statements on the busiest paths (a panellist's save), built once per database and prepared by
// name in PostgreSQL: neither Drizzle's query building nor PostgreSQL's planning is paid per request.
import { db, type Db } from './client.js';

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
