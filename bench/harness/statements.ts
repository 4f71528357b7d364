// Counts the SQL statements a piece of work sends to PostgreSQL from this process. Pools and
// transactions both go through `pg.Client#query` (BEGIN and COMMIT count too), so the bench watches
// that method while the work runs. (The db tests do the same with vitest's spy: testing/statements.ts.)
import pg from 'pg';

/** Runs `work` and counts every statement any connection of this process sends meanwhile. */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
	const prototype = pg.Client.prototype;
	const query = prototype.query;
	let statements = 0;
	prototype.query = function (this: pg.Client, ...args: Parameters<typeof query>) {
		statements++;
		return query.apply(this, args);
	} as typeof query;
	try {
		const result = await work();
		return { result, statements };
	} finally {
		prototype.query = query;
	}
}
