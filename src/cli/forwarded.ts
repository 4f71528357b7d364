// X-Forwarded-Proto, -Host and -For say which address a browser used and who it is. Anyone can send
// them: they are believed only from a configured reverse proxy, and otherwise replaced by what this
// server sees, so adapter-node (which reads them) always gets an honest value.
import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

export type TrustProxy = (address: string, hop: number) => boolean;

/** MHUB_TRUSTED_PROXY's entries (addresses, ranges, `loopback`) as a test of a peer's address. */
export function trustedProxy(entries: string[]): TrustProxy {
	try {
		return proxyaddr.compile(entries);
	} catch (error) {
		throw new Error(
			`MHUB_TRUSTED_PROXY must list addresses or ranges, comma-separated (e.g. 10.0.0.5 or loopback): ${(error as Error).message}`,
			{ cause: error }
		);
	}
}

/** The first of a header's comma-separated values (the one the client-facing proxy wrote). */
function first(value: string | string[] | undefined): string | undefined {
	const text = Array.isArray(value) ? value[0] : value;
	return text?.split(',')[0].trim() || undefined;
}

/** This server speaks plain http: anything else is a trusted proxy's to say. */
export function settleForwardedHeaders(req: IncomingMessage, trust: TrustProxy): void {
	const headers = req.headers;
	const fromProxy = trust(req.socket.remoteAddress ?? '', 0);
	headers['x-forwarded-for'] = proxyaddr(req, trust);
	headers['x-forwarded-proto'] = (fromProxy && first(headers['x-forwarded-proto'])) || 'http';
	const host = (fromProxy && first(headers['x-forwarded-host'])) || headers.host;
	if (host) headers['x-forwarded-host'] = host;
	else delete headers['x-forwarded-host'];
}
