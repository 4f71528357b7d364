import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';

/** Applies pending migrations under an advisory lock, so that several instances can start at once. */
export async function applyMigrations(pool: pg.Pool, migrationsFolder: string): Promise<void> {
	const client = await pool.connect();
	try {
		await client.query(`select pg_advisory_lock(hashtext('mhub:migrations'))`);
		await migrate(drizzle(client), { migrationsFolder });
	} finally {
		await client.query(`select pg_advisory_unlock(hashtext('mhub:migrations'))`).catch(() => {});
		client.release();
	}
}
