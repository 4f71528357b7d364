// `mhub backup [--output FILE]`: the whole database into one gzip'd JSON-lines file.
import path from 'node:path';
import { defaultBackupFile, writeBackup } from '../lib/server/backup/backup.js';
import { BackupError } from '../lib/server/backup/format.js';
import { config } from '../lib/server/config.js';
import { longWorkPool } from '../lib/server/db/client.js';
import { parseOptions } from './arguments.js';
import { connect } from './database.js';

const usage =
	'Usage: mhub backup [--output FILE]   (default: <data folder>/backups/mhub-<UTC time>.jsonl.gz)';

/** One stderr line per table, as it is done: the operator sees a long backup advance. */
export const reportTable = ({ name, rows }: { name: string; rows: number }) =>
	console.error(`  ${name.padEnd(32)} ${rows.toLocaleString('en')} rows`);

export async function backup(args: string[]): Promise<number> {
	const parsed = parseOptions({ args, options: { output: { type: 'string', short: 'o' } } }, usage);
	if (!parsed) return 2;
	const file = path.resolve(parsed.values.output ?? defaultBackupFile(config.dataDir));
	const connection = await connect();
	try {
		console.error(`Backing up to ${file}`);
		const summary = await writeBackup(longWorkPool(), file, reportTable);
		console.log(
			`Backup written: ${summary.file}\n` +
				`${summary.rows.toLocaleString('en')} rows in ${summary.tables.length} tables, ` +
				`${(summary.bytes / 1024).toFixed(0)} KiB.`
		);
		return 0;
	} catch (error) {
		if (!(error instanceof BackupError)) throw error;
		console.error(`No backup written: ${error.message}`);
		return 1;
	} finally {
		await connection.close();
	}
}
