// `mhub start`: database up, migrations, demo data on first run, background workers, then the web server.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { config } from '../lib/server/config.js';
import { logger } from '../lib/server/logger.js';
import { printDemoLogins, startBackend } from './backend.js';
import { refuseOversizedBody, uploadBodySizeLimit } from './body-limit.js';
import { settleForwardedHeaders, trustedProxy } from './forwarded.js';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

export async function start(): Promise<void> {
	// A wrong public address or proxy list stops the start here, with a sentence saying what is wrong.
	const publicUrl = config.publicUrl;
	const trust = trustedProxy(config.trustedProxies);
	const backend = await startBackend();

	// adapter-node reads the protocol, host and client address from these headers, which
	// settleForwardedHeaders makes honest on every request.
	process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
	process.env.HOST_HEADER = 'x-forwarded-host';
	process.env.ADDRESS_HEADER = 'x-forwarded-for';
	// The upload routes' limit; every other path is held to a small one by refuseOversizedBody (ADR 5).
	process.env.BODY_SIZE_LIMIT = config.uploadBodySizeLimit ?? uploadBodySizeLimit;
	const buildDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
	const { handler } = (await import(path.join(buildDir, 'handler.js'))) as { handler: Handler };

	const server = http.createServer((req, res) => {
		if (refuseOversizedBody(req, res)) return;
		settleForwardedHeaders(req, trust);
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	server.keepAliveTimeout = 65_000;
	await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
	// With PORT=0 the system chose the port: links made on the default address must carry it.
	process.env.PORT = String((server.address() as { port: number }).port);
	console.log(`\nMHub is running at ${config.localUrl}`);
	if (publicUrl) console.log(`Links in mail and documents point to ${publicUrl} (MHUB_PUBLIC_URL).`);
	else
		console.log(
			`Links in mail and documents point to ${config.localUrl}, MHub's own address: set\n` +
				'MHUB_PUBLIC_URL to the address people open MHub at (e.g. https://mhub.example.org).'
		);
	if (publicUrl?.startsWith('https:') && !config.trustedProxies.length)
		console.log(
			'MHUB_PUBLIC_URL is https but MHUB_TRUSTED_PROXY is not set: MHub will not believe the proxy that\n' +
				"says a request came over https (sign-in and forms will fail). Set it to the proxy's address."
		);
	printDemoLogins(backend.demo);
	console.log('\nPress Ctrl-C to stop.\n');

	let stopping = false;
	const stop = async (signal: string) => {
		if (stopping) return;
		stopping = true;
		logger.info({ signal }, 'shutting down');
		const force = setTimeout(() => server.closeAllConnections(), 10_000);
		server.closeIdleConnections();
		await new Promise<void>((resolve) => server.close(() => resolve()));
		clearTimeout(force);
		await backend.stop();
		logger.info('stopped');
		process.exit(0);
	};
	process.on('SIGINT', () => void stop('SIGINT'));
	process.on('SIGTERM', () => void stop('SIGTERM'));
}
