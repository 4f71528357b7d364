// Which PostgreSQL the command uses: DATABASE_URL, or the embedded server in the data folder.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { config } from '../lib/server/config.js';
import { closeDb, longWorkPool } from '../lib/server/db/client.js';
import { startEmbedded } from '../lib/server/db/embedded.js';
import { applyMigrations } from '../lib/server/db/migrate.js';
import { logger } from '../lib/server/logger.js';

/** Migrations ship beside the bundled CLI (build/migrations), or sit in the sources. */
export function migrationsFolder(): string {
	const here = path.dirname(fileURLToPath(import.meta.url));
	return path.basename(here) === 'cli' && path.basename(path.dirname(here)) !== 'src'
		? path.resolve(here, '..', 'migrations')
		: path.resolve(here, '..', 'lib', 'server', 'db', 'migrations');
}

export type Connection = { embedded: boolean; close: () => Promise<void> };

/** Connects (starting the embedded server when needed), applies migrations, and sets DATABASE_URL. */
export async function connect(): Promise<Connection> {
	let stopEmbedded: (() => Promise<void>) | undefined;
	if (!config.databaseUrl) {
		const dir = path.join(config.dataDir, 'postgres');
		logger.info({ dir }, 'starting embedded PostgreSQL');
		const server = await startEmbedded(dir, 'mhub');
		process.env.DATABASE_URL = server.url('mhub');
		stopEmbedded = server.stop;
	}
	await applyMigrations(longWorkPool(), migrationsFolder());
	return {
		embedded: Boolean(stopEmbedded),
		close: async () => {
			await closeDb();
			await stopEmbedded?.();
		}
	};
}
