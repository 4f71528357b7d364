// `npm run dev`: the Vite dev server (pages reload as you edit) on MHub's database, prepared as
// `npm start` prepares it (embedded PostgreSQL or DATABASE_URL, migrations, demo data on first start,
// background jobs). Runs on Node 24 (see scripts/run.mjs), which reads config.ts as it is.
import { createServer } from 'vite';
import { root } from './bootstrap.mjs';
import { config } from '../src/lib/server/config.ts';

const server = await createServer({
	root,
	server: {
		port: config.port,
		host: config.host,
		strictPort: true,
		// PostgreSQL writes there all the time: nothing to reload.
		watch: { ignored: [`${config.dataDir}/**`] }
	}
});
// Through Vite's SSR runner: the same module instances (database pool, job queue) the pages use.
const { startBackend, printDemoLogins } = await server.environments.ssr.runner.import('/src/cli/backend.ts');

let backend;
try {
	backend = await startBackend();
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	await server.close();
	process.exit(1);
}
await server.listen();
server.printUrls();
printDemoLogins(backend.demo);
console.log('\nPress Ctrl-C to stop.\n');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(signal, async () => {
		if (stopping) return;
		stopping = true;
		await Promise.all([server.close(), backend.stop()]);
		process.exit(0);
	});
}
