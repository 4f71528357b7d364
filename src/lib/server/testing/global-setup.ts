// Vitest global setup for *.db.test.ts: one PostgreSQL server (embedded, or DATABASE_URL), one
// migrated template database with reference data; each test file clones its own database from it.
import path from 'node:path';
import { rm } from 'node:fs/promises';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDb, createPool } from '../db/client.js';
import { startEmbedded, withDatabase } from '../db/embedded.js';
import { secretFile } from '../db/embedded-secret.js';
import { applyMigrations } from '../db/migrate.js';
import { loadReferenceData } from '../reference-data.js';

declare module 'vitest' {
	export interface ProvidedContext {
		adminUrl: string;
		templateDatabase: string;
	}
}

const migrationsFolder = path.resolve('src/lib/server/db/migrations');

export async function setup(project: TestProject) {
	let adminUrl: string;
	let stop: (() => Promise<void>) | undefined;
	if (process.env.DATABASE_URL) {
		adminUrl = process.env.DATABASE_URL;
	} else {
		const dir = path.resolve('.tmp', `test-postgres-${process.pid}`);
		const server = await startEmbedded(dir, 'postgres');
		adminUrl = server.url('postgres');
		stop = async () => {
			await server.stop();
			await rm(dir, { recursive: true, force: true });
			await rm(secretFile(dir), { force: true });
		};
	}
	const templateDatabase = `mhub_template_${process.pid}`;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`drop database if exists ${templateDatabase}`);
	await admin.query(`create database ${templateDatabase}`);
	const templateUrl = withDatabase(adminUrl, templateDatabase);
	const pool = createPool(templateUrl, 2);
	await applyMigrations(pool, migrationsFolder);
	process.env.DATABASE_URL = templateUrl;
	await loadReferenceData(createDb(pool));
	await pool.end();
	project.provide('adminUrl', adminUrl);
	project.provide('templateDatabase', templateDatabase);

	return async () => {
		await admin.query(`drop database if exists ${templateDatabase} with (force)`).catch(() => {});
		await admin.end();
		await stop?.();
	};
}
