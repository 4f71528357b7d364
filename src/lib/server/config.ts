// Every environment variable MHub reads, declared once with what it is for. (SvelteKit 3 reserves
// src/env.ts for its own env declarations; these are read by the CLI too, outside SvelteKit.)
import path from 'node:path';

function read(name: string): string | undefined {
	const value = process.env[name];
	return value === undefined || value === '' ? undefined : value;
}

export const config = {
	/** PostgreSQL (15 or newer) to use. Unset: MHub starts its own embedded server in the data folder. */
	get databaseUrl() {
		return read('DATABASE_URL');
	},
	/** Connections in MHub's pool to PostgreSQL, for each process. Default 10. */
	get databasePoolSize() {
		return Number(read('MHUB_DB_POOL') ?? 10);
	},
	/** Folder for the embedded database and stored files. Default: ./data */
	get dataDir() {
		return path.resolve(read('MHUB_DATA_DIR') ?? 'data');
	},
	/** Port to listen on. Default 3000. */
	get port() {
		return Number(read('PORT') ?? 3000);
	},
	/** Address to listen on. Default 127.0.0.1 (this machine only); 0.0.0.0 to accept others. */
	get host() {
		return read('HOST') ?? '127.0.0.1';
	},
	/**
	 * Public address of MHub, the base of every link in mail and documents (e.g.
	 * https://mhub.example.org). Unset: the address MHub listens on (`localUrl`), never the address a
	 * request claims to be for: its Host header is the requester's to choose.
	 */
	get publicUrl(): string | undefined {
		const value = read('MHUB_PUBLIC_URL');
		return value === undefined ? undefined : publicOrigin(value);
	},
	/** MHub's own address as a browser on this machine reaches it, e.g. http://localhost:3000. */
	get localUrl(): string {
		const host = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(this.host) ? 'localhost' : this.host;
		return `http://${host.includes(':') ? `[${host}]` : host}:${this.port}`;
	},
	/**
	 * Reverse proxies whose X-Forwarded-Proto, -Host and -For MHub believes: addresses or ranges
	 * (10.0.0.0/8), comma-separated, or `loopback` for a proxy on this machine. Unset: none, and those
	 * headers are replaced by what MHub sees itself.
	 */
	get trustedProxies(): string[] {
		return (read('MHUB_TRUSTED_PROXY') ?? '')
			.split(',')
			.map((entry) => entry.trim())
			.filter(Boolean);
	},
	/** SMTP server for outgoing mail (smtp://user:pass@host:587). Unset: mail goes to the outbox. */
	get smtpUrl() {
		return read('SMTP_URL');
	},
	/** Sender address of outgoing mail. */
	get mailFrom() {
		return read('MAIL_FROM') ?? 'MHub <no-reply@mhub.local>';
	},
	/**
	 * Public registrations one client address may send in an hour (default 100), on every instance
	 * together. Behind a reverse proxy, set MHUB_TRUSTED_PROXY: otherwise every visitor has the
	 * proxy's address and shares one allowance.
	 */
	get registrationsPerClientHour() {
		return Number(read('MHUB_REGISTRATIONS_PER_HOUR') ?? 100);
	},
	/** Log level for pino: fatal, error, warn, info, debug, trace, silent. */
	get logLevel() {
		return read('LOG_LEVEL') ?? 'info';
	},
	/**
	 * adapter-node's limit on request bodies, which the form actions that take files are held to (ADR 5).
	 * Unset: MHub's own (src/cli/body-limit.ts).
	 */
	get uploadBodySizeLimit() {
		return read('BODY_SIZE_LIMIT');
	},
	/** Password for `mhub create-admin` without --password, so that it stays out of the shell history. */
	get adminPassword() {
		return read('MHUB_ADMIN_PASSWORD');
	},
	/** Load demo data on the first start of an empty database (default yes; "0" to skip). */
	get loadDemo() {
		return read('MHUB_DEMO') !== '0';
	}
};

/** The origin of a configured public address, or a start-up error that says what is wrong. */
function publicOrigin(value: string): string {
	const problem = `MHUB_PUBLIC_URL must be the address people open MHub at, like https://mhub.example.org`;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`${problem}; "${value}" is not a web address.`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(`${problem}; "${value}" is not http or https.`);
	if (url.username || url.password || url.search || url.hash || url.pathname !== '/')
		throw new Error(`${problem}, without a path, query or user name; "${value}" has more than that.`);
	return url.origin;
}
