// What a run measures against: one embedded PostgreSQL, MHub (the built app, with demo data) and the
// ceiling server, both on that database, each in its own process. Everything lives under one work
// folder that starts empty.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { freePort, startEmbedded } from '#lib/server/db/embedded.js';

/**
 * Every request of the bench comes from 127.0.0.1: the public form's limit per client address would
 * refuse all but the first hundred registrations. The limit is still counted on each one.
 */
export const unlimitedRegistrations = '1000000000';

export type Environment = {
	appUrl: string;
	ceilingUrl: string;
	databaseUrl: string;
	/** Where the app's and the ceiling server's output went. */
	logFile: string;
	stop: () => Promise<void>;
};

type Service = { name: string; child: ChildProcess; exited: Promise<number | null> };

function startService(
	name: string,
	script: string,
	args: string[],
	env: NodeJS.ProcessEnv,
	log: NodeJS.WritableStream
): Service {
	const child = spawn(process.execPath, [script, ...args], {
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout!.pipe(log, { end: false });
	child.stderr!.pipe(log, { end: false });
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	return { name, child, exited };
}

/** Waits for `url` to answer 200, failing early if the service behind it exits. */
async function waitUntilAnswering(service: Service, url: string, timeoutMs = 120_000): Promise<void> {
	let exitCode: number | null | undefined;
	void service.exited.then((code) => (exitCode = code));
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (exitCode !== undefined) throw new Error(`${service.name} exited (code ${exitCode}) before answering`);
		const status = await fetch(url).then(
			(response) => response.status,
			() => 0
		);
		if (status === 200) return;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`${service.name} did not answer ${url} within ${timeoutMs / 1000} s`);
}

async function stopService(service: Service): Promise<void> {
	if (service.child.exitCode !== null || service.child.signalCode !== null) return;
	service.child.kill('SIGTERM');
	const killed = setTimeout(() => service.child.kill('SIGKILL'), 15_000);
	await service.exited;
	clearTimeout(killed);
}

export async function startEnvironment(options: {
	/** The built app (scripts/build.mjs output). */
	buildDir: string;
	/** The bundled ceiling server. */
	ceilingScript: string;
	workDir: string;
}): Promise<Environment> {
	const { workDir } = options;
	await rm(workDir, { recursive: true, force: true });
	await mkdir(workDir, { recursive: true });
	const logFile = path.join(workDir, 'services.log');
	const log = createWriteStream(logFile);
	const database = await startEmbedded(path.join(workDir, 'postgres'), 'mhub');
	const databaseUrl = database.url('mhub');
	const services: Service[] = [];
	let stopping: Promise<void> | undefined;
	// Once only, however many ways (the end of the run, an error, Ctrl-C) ask for it.
	const stop = () =>
		(stopping ??= (async () => {
			await Promise.all(services.map(stopService));
			await database.stop();
			log.end();
			// The database is tens of megabytes; the log stays, for a look after the run.
			await rm(path.join(workDir, 'postgres'), { recursive: true, force: true });
			await rm(path.join(workDir, 'data'), { recursive: true, force: true });
		})());
	try {
		const [appPort, ceilingPort] = [await freePort(), await freePort()];
		const shared = { DATABASE_URL: databaseUrl, HOST: '127.0.0.1' };
		const app = startService(
			'MHub',
			path.join(options.buildDir, 'cli', 'mhub.js'),
			['start'],
			{
				...shared,
				PORT: String(appPort),
				MHUB_DATA_DIR: path.join(workDir, 'data'),
				MHUB_DEMO: '1',
				MHUB_REGISTRATIONS_PER_HOUR: unlimitedRegistrations
			},
			log
		);
		services.push(app);
		const ceiling = startService(
			'the ceiling server',
			options.ceilingScript,
			[],
			{ ...shared, PORT: String(ceilingPort) },
			log
		);
		services.push(ceiling);
		const appUrl = `http://127.0.0.1:${appPort}`;
		const ceilingUrl = `http://127.0.0.1:${ceilingPort}`;
		await Promise.all([
			waitUntilAnswering(app, `${appUrl}/healthz`),
			waitUntilAnswering(ceiling, `${ceilingUrl}/organisations`)
		]);
		return { appUrl, ceilingUrl, databaseUrl, logFile, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}
