// Background work through pg-boss: jobs are rows in PostgreSQL (schema "pgboss"), so any instance
// may queue work and any instance's worker may run it, and nothing is lost when a process stops.
import { PgBoss } from 'pg-boss';
import { logger } from '../logger.js';

type JobHandler = (data: Record<string, unknown>) => Promise<void>;
/** Each queue's handler; a handler with a `cron` expression is also queued on that schedule. */
export type JobHandlers = Record<string, JobHandler | { run: JobHandler; cron: string }>;

// The web bundle and the CLI each carry a copy of this module: the queue is registered process-wide.
const registry = ((globalThis as Record<symbol, unknown>)[Symbol.for('mhub.jobs')] ??= {}) as {
	boss?: PgBoss;
};

/**
 * Starts the queue, creating its tables on first use, and a worker for each handler; scheduled
 * handlers are queued by pg-boss on their schedule, once for all instances.
 */
export async function startJobs(connectionString: string, handlers: JobHandlers): Promise<void> {
	const boss = new PgBoss({ connectionString, max: 4, application_name: 'mhub-jobs' });
	boss.on('error', (error: Error) => logger.error({ message: error.message }, 'job queue error'));
	await boss.start();
	for (const [name, entry] of Object.entries(handlers)) {
		const handler = typeof entry === 'function' ? entry : entry.run;
		await boss.createQueue(name, { retryLimit: 0 });
		if (typeof entry !== 'function') await boss.schedule(name, entry.cron);
		await boss.work<Record<string, unknown>>(name, { pollingIntervalSeconds: 0.5 }, async ([job]) => {
			logger.info({ job: name, id: job.id }, 'job started');
			await handler(job.data);
			logger.info({ job: name, id: job.id }, 'job done');
		});
	}
	registry.boss = boss;
}

/** Queues `name` with `data`; a worker of this or another instance runs it (not before `startAfter`). */
export async function enqueue(
	name: string,
	data: Record<string, unknown>,
	options: { startAfter?: Date } = {}
): Promise<string> {
	if (!registry.boss) throw new Error('the job queue is not running (start MHub with `mhub start`)');
	const id = await registry.boss.send(name, data, options);
	if (!id) throw new Error(`job ${name} was not queued`);
	return id;
}

/** Lets running jobs finish (up to `timeoutMs`), then stops the workers and the queue's connections. */
export async function stopJobs(timeoutMs = 10_000): Promise<void> {
	const boss = registry.boss;
	registry.boss = undefined;
	await boss?.stop({ graceful: true, timeout: timeoutMs });
}
