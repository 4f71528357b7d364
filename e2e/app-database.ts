import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

/** The data folder `mhub start` runs in for this Playwright run (see playwright.config.ts). */
export const e2eDataDir = () => process.env.MHUB_E2E_DATA ?? `.tmp/e2e-data-${process.env.MHUB_E2E_PORT}`;

/**
 * A connection, as its superuser, to the PostgreSQL that MHub embedded in `dataDir`: its port is on
 * line 4 of the postmaster.pid file PostgreSQL keeps there, its secret in the file beside the folder.
 */
export async function appDatabase(dataDir = e2eDataDir()): Promise<pg.Client> {
	const postgresDir = path.join(dataDir, 'postgres');
	const port = (await readFile(path.join(postgresDir, 'postmaster.pid'), 'utf8')).split('\n')[3];
	const secret = (await readFile(`${postgresDir}.secret`, 'utf8')).trim();
	const client = new pg.Client({
		host: '127.0.0.1',
		port: Number(port),
		user: 'mhub',
		password: secret,
		database: 'mhub'
	});
	await client.connect();
	return client;
}
