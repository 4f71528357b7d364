// A respondent submits while PostgreSQL is out of reach: MHub answers 503 with Retry-After and a calm
// page that keeps the answers, and "Try again" sends them once the database is back. This runs its
// own MHub (the built CLI, a fresh data folder), since it freezes that MHub's database.
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { appDatabase } from './app-database.js';

const buildDir = process.env.MHUB_BUILD_DIR ?? 'build';
const dataDir = path.resolve('.tmp', `e2e-outage-${process.pid}`);
const postgresDir = path.join(dataDir, 'postgres');

let mhub: ChildProcess | undefined;
let postmaster = 0;

async function freePort(): Promise<number> {
	const server = net.createServer().listen(0, '127.0.0.1');
	await once(server, 'listening');
	const { port } = server.address() as net.AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

async function healthy(base: string): Promise<boolean> {
	return fetch(`${base}/healthz`).then(
		(response) => response.ok,
		() => false
	);
}

async function until(check: () => Promise<boolean>, ms: number): Promise<void> {
	for (const deadline = Date.now() + ms; !(await check());) {
		if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

/** The sessions of MHub's connections: postgres processes whose title names the mhub user and database. */
async function clientBackends(): Promise<number[]> {
	const pids: number[] = [];
	for (const entry of await readdir('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
		const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
		if (parent !== postmaster) continue;
		const title = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
		if (title.startsWith('postgres: mhub mhub')) pids.push(Number(entry));
	}
	return pids;
}

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.afterAll(async () => {
	if (postmaster) process.kill(postmaster, 'SIGCONT');
	if (mhub && mhub.exitCode === null) {
		mhub.kill('SIGINT');
		await once(mhub, 'exit');
	}
	await rm(dataDir, { recursive: true, force: true });
});

test('a survey answer typed while the database is away is kept and sent again', async ({ page }) => {
	const port = await freePort();
	const base = `http://localhost:${port}`;
	await rm(dataDir, { recursive: true, force: true });
	mhub = spawn('node_modules/.bin/node', [`${buildDir}/cli/mhub.js`, 'start'], {
		env: { ...process.env, PORT: String(port), MHUB_DATA_DIR: dataDir, LOG_LEVEL: 'error', MHUB_DEMO: '1' },
		stdio: 'ignore'
	});
	await until(() => healthy(base), 180_000);
	postmaster = Number((await readFile(path.join(postgresDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);

	const db = await appDatabase(dataDir);
	const { rows } = await db.query<{ token: string }>(
		`select public_token as token from survey where title->>'en' = 'Mapping of migrant health training'`
	);
	await db.end();
	await page.goto(`${base}/s/${rows[0].token}`);
	await page.locator('select[name="q.country"]').selectOption('GR');
	await page.locator('input[name="q.sector"][value="ngo"]').check();
	await page.locator('input[name="q.has_package"][value="yes"]').check();
	const typed = 'Santé des migrants à Athènes — module 2';
	await page.locator('input[name="q.package_name"]').fill(typed);
	await page.locator('input[name="q.need"][value="4"]').check();

	// The database stops answering: its postmaster frozen (no new sessions), MHub's sessions ended.
	process.kill(postmaster, 'SIGSTOP');
	for (const pid of await clientBackends()) process.kill(pid, 'SIGTERM');

	const [response] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST', { timeout: 60_000 }),
		page.getByRole('button', { name: 'Submit' }).click()
	]);
	expect(response.status()).toBe(503);
	expect(response.headers()['retry-after']).toBe('5');
	await expect(page.getByRole('heading', { name: 'MHub is briefly unavailable' })).toBeVisible();
	await expect(page.getByRole('alert')).toContainText('The database cannot be reached at the moment');
	await expect(page.getByText('What you typed is kept on this page')).toBeVisible();

	process.kill(postmaster, 'SIGCONT');
	await until(() => healthy(base), 30_000);
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(page).toHaveURL(/\/thanks$/);

	const check = await appDatabase(dataDir);
	const saved = await check.query(
		`select answers->>'package_name' as name, status from survey_response where answers->>'package_name' = $1`,
		[typed]
	);
	await check.end();
	expect(saved.rows).toEqual([{ name: typed, status: 'complete' }]);
});
