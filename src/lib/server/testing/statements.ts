// Counts the SQL statements a piece of work sends to PostgreSQL: the speed goals of busy actions
// (a public registration, an attendance mark) are stated in statements per action.
import pg from 'pg';
import { vi } from 'vitest';

/**
 * Runs `work` and counts every statement any connection of this process sends meanwhile (pools
 * and transactions both go through `pg.Client#query`; BEGIN and COMMIT count too).
 */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
	const query = vi.spyOn(pg.Client.prototype, 'query');
	try {
		const result = await work();
		return { result, statements: query.mock.calls.length };
	} finally {
		query.mockRestore();
	}
}
