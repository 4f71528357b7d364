// What runs behind the web server, for `mhub start` and `npm run dev` alike: the database (embedded
// or DATABASE_URL) with its migrations, reference data and, on first start, the demo data; then
// the background jobs.
import { config } from '../lib/server/config.js';
import { jobHandlers } from '../lib/server/jobs/handlers.js';
import { startJobs, stopJobs } from '../lib/server/jobs/queue.js';
import { connect } from './database.js';
import { prepareData, type DemoLogin } from './prepare-data.js';

export type Backend = { demo: DemoLogin[]; stop: () => Promise<void> };

export async function startBackend(): Promise<Backend> {
	const connection = await connect();
	const demo = await prepareData();
	// connect() points DATABASE_URL at the database it opened (the embedded one, or the configured one).
	await startJobs(config.databaseUrl!, jobHandlers);
	return {
		demo,
		stop: async () => {
			await stopJobs();
			await connection.close();
		}
	};
}

/** The demo sign-ins, printed at start. */
export function printDemoLogins(demo: DemoLogin[]): void {
	if (!demo.length) return;
	console.log('\nDemo accounts (password for all: see below):');
	for (const account of demo) console.log(`  ${account.role.padEnd(24)} ${account.email}`);
	console.log(`  password: ${demo[0].password}`);
}
