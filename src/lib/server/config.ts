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
	/** Public address of MHub, used in mail links when set (e.g. https://mhub.example.org). */
	get publicUrl() {
		return read('MHUB_PUBLIC_URL');
	},
	/** SMTP server for outgoing mail (smtp://user:pass@host:587). Unset: mail goes to the outbox. */
	get smtpUrl() {
		return read('SMTP_URL');
	},
	/** Sender address of outgoing mail. */
	get mailFrom() {
		return read('MAIL_FROM') ?? 'MHub <no-reply@mhub.local>';
	},
	/** Log level for pino: fatal, error, warn, info, debug, trace, silent. */
	get logLevel() {
		return read('LOG_LEVEL') ?? 'info';
	},
	/** Load demo data on the first start of an empty database (default yes; "0" to skip). */
	get loadDemo() {
		return read('MHUB_DEMO') !== '0';
	}
};
