// The embedded PostgreSQL that `mhub start` runs: its own server in a temporary folder, killed and
// orphaned on purpose.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { enqueue, startJobs, stopJobs } from '../jobs/queue.js';
import { createPool } from './client.js';
import { startEmbedded, type EmbeddedServer } from './embedded.js';
import { isAlive, ownerFile, runningServer } from './embedded-owner.js';
import { legacyPassword, secretFile } from './embedded-secret.js';
import { isDatabaseUnavailable } from './unavailable.js';

const root = path.resolve('.tmp', `embedded-${randomBytes(4).toString('hex')}`);
const dir = path.join(root, 'postgres');
let server: EmbeddedServer | undefined;

afterAll(async () => {
	await server?.stop();
	await rm(root, { recursive: true, force: true });
}, 60_000);

const withPassword = (url: string, password: string) => {
	const parsed = new URL(url);
	parsed.password = password;
	return parsed.toString();
};

async function connects(url: string): Promise<true | string> {
	const client = new pg.Client({ connectionString: url });
	try {
		await client.connect();
		return true;
	} catch (error) {
		return (error as { code?: string }).code ?? String(error);
	} finally {
		await client.end().catch(() => {});
	}
}

/** Polls `check` until it holds; returns how long that took. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
	const started = Date.now();
	while (!(await check())) {
		if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
		await sleep(50);
	}
	return Date.now() - started;
}

/** A process that runs the folder's server as `mhub start` does, once it says it is ready. */
async function ownerProcess(): Promise<ChildProcess> {
	const child = spawn(
		process.execPath,
		['--import', 'tsx', path.resolve('src/lib/server/testing/embedded-owner-process.ts'), dir],
		{ stdio: ['ignore', 'pipe', 'inherit'] }
	);
	let output = '';
	child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	await within(60_000, async () => {
		if (child.exitCode !== null) throw new Error(`the owner process exited: ${output}`);
		return output.includes('ready');
	});
	return child;
}

describe('the embedded PostgreSQL', { timeout: 120_000 }, () => {
	it("signs its superuser in with a secret only MHub's user may read, not the old fixed password", async () => {
		server = await startEmbedded(dir, 'mhub');
		const secret = (await readFile(secretFile(dir), 'utf8')).trim();
		expect((await stat(secretFile(dir))).mode & 0o777).toBe(0o600);
		expect(secret).toMatch(/^[\w-]{32}$/);
		expect(new URL(server.url('mhub')).password).toBe(secret);
		expect(await connects(server.url('mhub'))).toBe(true);
		expect(await connects(withPassword(server.url('mhub'), legacyPassword))).toBe('28P01');
	});

	it('comes back by itself after kill -9; the pool and the job queue serve again', async () => {
		const pool = createPool(server!.url('mhub'), 4);
		const done: unknown[] = [];
		await startJobs(server!.url('mhub'), { probe: async (data) => void done.push(data) });
		try {
			// Four idle connections whose server is about to die.
			const clients = await Promise.all([1, 2, 3, 4].map(() => pool.connect()));
			for (const client of clients) client.release();
			const before = (await runningServer(dir))!;
			process.kill(before.pid, 'SIGKILL');

			// Until the new server is up, queries fail (a backend may still answer before it notices).
			const failures: unknown[] = [];
			const ms = await within(15_000, async () => {
				const answered = await pool.query('select 1 as ok').then(
					(result) => result.rows[0].ok === 1,
					(error: unknown) => {
						failures.push(error);
						return false;
					}
				);
				const now = await runningServer(dir);
				return answered && Boolean(now?.ready) && now!.pid !== before.pid;
			});
			expect(ms).toBeLessThan(10_000);
			expect(failures.length).toBeGreaterThan(0);
			expect(failures.filter((error) => !isDatabaseUnavailable(error))).toEqual([]);
			const after = (await runningServer(dir))!;
			expect(after.pid).not.toBe(before.pid);
			expect(after.port).toBe(before.port);
			// Every connection of the pool works again: the dead ones were discarded.
			const again = await Promise.all([1, 2, 3, 4].map(() => pool.query('select 1 as ok')));
			expect(again.map((result) => result.rows[0].ok)).toEqual([1, 1, 1, 1]);

			await enqueue('probe', { after: 'restart' });
			await within(20_000, async () => done.length === 1);
			expect(done).toEqual([{ after: 'restart' }]);
		} finally {
			await stopJobs(1_000);
			await pool.end();
		}
	});

	it('gives a data folder from before the secret a new random password on start', async () => {
		const admin = new pg.Client({ connectionString: server!.url('postgres') });
		await admin.connect();
		await admin.query(`alter role mhub password '${legacyPassword}'`);
		await admin.end();
		await server!.stop();
		await rm(secretFile(dir));

		server = await startEmbedded(dir, 'mhub');
		const secret = (await readFile(secretFile(dir), 'utf8')).trim();
		expect((await stat(secretFile(dir))).mode & 0o777).toBe(0o600);
		expect(secret).not.toBe(legacyPassword);
		expect(await connects(server.url('mhub'))).toBe(true);
		expect(await connects(withPassword(server.url('mhub'), legacyPassword))).toBe('28P01');
	});

	it('stops the server an MHub killed with kill -9 left behind, and the next MHub stops its own on Ctrl-C', async () => {
		await server!.stop();
		server = undefined;

		const first = await ownerProcess();
		const orphan = (await runningServer(dir))!;
		first.kill('SIGKILL');
		await once(first, 'exit');
		await sleep(500);
		expect(isAlive(orphan.pid)).toBe(true); // left running, with no one to stop it

		const second = await ownerProcess();
		expect(isAlive(orphan.pid)).toBe(false);
		const own = (await runningServer(dir))!;
		expect(own.pid).not.toBe(orphan.pid);
		expect(Number(await readFile(ownerFile(dir), 'utf8'))).toBe(second.pid);

		second.kill('SIGINT');
		const [code] = await once(second, 'exit');
		expect(code).toBe(0);
		expect(isAlive(own.pid)).toBe(false);
		expect(await runningServer(dir)).toBeUndefined();
	});
});

describe('a failed start of the embedded PostgreSQL', { timeout: 60_000 }, () => {
	const asRoot = process.getuid?.() === 0;

	it.skipIf(!asRoot)(
		'stops with the fix when, as root, its data folder lies in a private folder (mode 700, like /root)',
		async () => {
			const closed = path.join(root, 'private');
			await mkdir(closed, { recursive: true, mode: 0o700 });
			await chmod(closed, 0o700);
			const started = startEmbedded(path.join(closed, 'data', 'postgres'), 'mhub');
			await expect(started).rejects.toThrow(
				`PostgreSQL cannot run as root, so MHub runs it as the user "postgres", who may not enter ${closed}. ` +
					`Fix: let that user pass through (chmod o+x ${closed})`
			);
		}
	);

	it('is one sentence with PostgreSQL\'s own complaint, not a stack trace or "undefined"', async () => {
		const broken = path.join(root, 'broken', 'postgres');
		await mkdir(broken, { recursive: true });
		await writeFile(path.join(broken, 'PG_VERSION'), '9\n');
		const failure = await startEmbedded(broken, 'mhub').then(
			() => undefined,
			(error: unknown) => error
		);
		expect(failure).toBeInstanceOf(Error);
		expect((failure as Error).message).toBe(
			`PostgreSQL could not start in ${broken}: postgres: could not access the server configuration ` +
				`file "${broken}/postgresql.conf": No such file or directory`
		);
	});
});
