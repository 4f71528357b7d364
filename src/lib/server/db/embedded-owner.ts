// Which process owns the embedded server running in a data folder. A server whose owner died
// (MHub killed with kill -9, a power cut of the terminal) is an orphan: the next start stops it and
// runs its own, so that Ctrl-C stops PostgreSQL again.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ownerFile = (dir: string) => `${dir}.owner`;

export function isAlive(pid: number): boolean {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

export type RunningServer = { pid: number; port: number; ready: boolean };

/**
 * The server running in `dir`, read from the postmaster.pid file PostgreSQL keeps there (line 1 its
 * process, line 4 its port, line 8 its state); undefined when none runs (a file left by a crash names
 * a dead process: starting a server replaces it).
 */
export async function runningServer(dir: string): Promise<RunningServer | undefined> {
	const lock = await readFile(path.join(dir, 'postmaster.pid'), 'utf8').catch(() => undefined);
	const lines = lock?.split('\n') ?? [];
	const pid = Number(lines[0]);
	if (!isAlive(pid)) return undefined;
	return { pid, port: Number(lines[3]), ready: lines[7]?.trim() === 'ready' };
}

/** Whether the process that started the server in `dir` still runs. */
export async function ownerAlive(dir: string): Promise<boolean> {
	const owner = Number(await readFile(ownerFile(dir), 'utf8').catch(() => ''));
	return isAlive(owner);
}

export const claimServer = (dir: string) => writeFile(ownerFile(dir), `${process.pid}\n`);
export const releaseServer = (dir: string) => rm(ownerFile(dir), { force: true });

/** Stops an orphaned server (fast shutdown: sessions end, nothing committed is lost) and waits for it. */
export async function stopOrphan(server: RunningServer, timeoutMs = 60_000): Promise<void> {
	process.kill(server.pid, 'SIGINT');
	const deadline = Date.now() + timeoutMs;
	while (isAlive(server.pid)) {
		if (Date.now() > deadline)
			throw new Error(
				`PostgreSQL (process ${server.pid}) left running by an earlier MHub does not stop: stop it and start again.`
			);
		await sleep(100);
	}
}
