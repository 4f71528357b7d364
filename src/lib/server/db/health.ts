import { sql } from 'drizzle-orm';
import { db } from './client.js';

export async function databaseHealth(): Promise<{ status: 'ok' | 'unavailable'; database: string }> {
	try {
		await db().execute(sql`select 1`);
		return { status: 'ok', database: 'reachable' };
	} catch {
		return { status: 'unavailable', database: 'unreachable' };
	}
}
