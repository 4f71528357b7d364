// Gives the calling test file its own database, cloned from the migrated template.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { closeDb } from '../db/client.js';
import { withDatabase } from '../db/embedded.js';

export function useTestDatabase(): void {
	const name = `mhub_test_${randomBytes(6).toString('hex')}`;
	const adminUrl = inject('adminUrl');
	beforeAll(async () => {
		const admin = new pg.Client({ connectionString: adminUrl });
		await admin.connect();
		await admin.query(`create database ${name} template ${inject('templateDatabase')}`);
		await admin.end();
		process.env.DATABASE_URL = withDatabase(adminUrl, name);
	});
	afterAll(async () => {
		await closeDb();
		const admin = new pg.Client({ connectionString: adminUrl });
		await admin.connect();
		await admin.query(`drop database if exists ${name} with (force)`);
		await admin.end();
	});
}
