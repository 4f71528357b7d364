// Clients that go away in the middle of a request: mobile users on bad links do it all day. Raw
// sockets send part of a request (or all of it) and are destroyed before the answer is complete.
import net from 'node:net';

export type RawRequest = {
	method: 'GET' | 'POST';
	path: string;
	headers: Record<string, string>;
	body?: string;
};

/**
 * Where the client hangs up: half way through the headers, half way through the body, once the
 * whole request is sent (before the server answers), or when the first bytes of the answer arrive.
 */
export type Cut = 'mid-headers' | 'mid-body' | 'after-request' | 'mid-response';

export type Drop = { request: RawRequest; cut: Cut };

/** The request as it goes on the wire, split into its head and body. */
export function serialise(request: RawRequest, host: string): { head: string; body: string } {
	const body = request.body ?? '';
	const headers: Record<string, string> = { host, ...request.headers };
	if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
	const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
	return { head: `${request.method} ${request.path} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`, body };
}

/** The bytes sent before hanging up. */
export function bytesBeforeCut({ head, body }: { head: string; body: string }, cut: Cut): string {
	if (cut === 'mid-headers') return head.slice(0, Math.floor(head.length / 2));
	if (cut === 'mid-body') return head + body.slice(0, Math.floor(body.length / 2));
	return head + body;
}

function dropOne(origin: URL, drop: Drop, lingerMs: number): Promise<void> {
	const wire = bytesBeforeCut(serialise(drop.request, origin.host), drop.cut);
	return new Promise((resolve, reject) => {
		const socket = net.connect(Number(origin.port), origin.hostname);
		// Resets and broken pipes are what hanging up causes; only a refused connection is news.
		socket.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code === 'ECONNREFUSED') reject(new Error(`${origin.host} refused a connection`));
		});
		socket.on('close', () => resolve());
		// A server that neither answers nor hangs up must not stall the bench; the checks after it tell.
		socket.setTimeout(10_000, () => socket.destroy());
		socket.on('connect', () => {
			if (drop.cut === 'mid-response') {
				socket.once('data', () => socket.destroy());
				socket.write(wire);
			} else {
				// A pause lets the server start on the request (or wait for the rest of it) first.
				socket.write(wire, () => setTimeout(() => socket.destroy(), lingerMs));
			}
		});
	});
}

/** Opens `count` connections at once, cycling through `drops`, and waits until every one is closed. */
export async function dropConnections(origin: string, drops: readonly Drop[], count: number): Promise<void> {
	const url = new URL(origin);
	await Promise.all(Array.from({ length: count }, (_, i) => dropOne(url, drops[i % drops.length], i % 20)));
}
