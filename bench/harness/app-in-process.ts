// MHub once more, inside the bench's own process: the same build on the same database, serving
// real requests on a port of its own. The statements a request sends can only be counted in the
// process that sends them (statements.ts), and PostgreSQL cannot count them for us (the embedded
// server starts without pg_stat_statements). MHub keeps no state of its own, so a second instance
// answers exactly as the first.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unlimitedRegistrations } from './environment.js';
import { refuseOversizedBody, uploadBodySizeLimit } from '../../src/cli/body-limit.js';

type Handler = (request: http.IncomingMessage, response: http.ServerResponse, next: () => void) => void;

export type AppInProcess = { url: string; stop: () => Promise<void> };

/** Serves the build in `buildDir` on a free port of 127.0.0.1; needs DATABASE_URL set. */
export async function startAppInProcess(buildDir: string): Promise<AppInProcess> {
	// As `mhub start` does: adapter-node reads the protocol from this header, plain http here.
	process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
	process.env.MHUB_REGISTRATIONS_PER_HOUR = unlimitedRegistrations;
	process.env.BODY_SIZE_LIMIT ??= uploadBodySizeLimit;
	const logLevel = process.env.LOG_LEVEL;
	// Its request log would mix with the bench's progress lines; it is read as the module loads.
	process.env.LOG_LEVEL = 'warn';
	let handler: Handler;
	try {
		({ handler } = (await import(pathToFileURL(path.join(buildDir, 'handler.js')).href)) as {
			handler: Handler;
		});
	} finally {
		if (logLevel === undefined) delete process.env.LOG_LEVEL;
		else process.env.LOG_LEVEL = logLevel;
	}
	const server = http.createServer((request, response) => {
		if (refuseOversizedBody(request, response)) return;
		request.headers['x-forwarded-proto'] ??= 'http';
		handler(request, response, () => response.writeHead(404).end());
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		stop: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
