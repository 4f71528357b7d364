// `mhub restore FILE [--yes]`: replaces all data with a backup's. Without --yes it only says what
// it would replace.
import path from 'node:path';
import { BackupError } from '../lib/server/backup/format.js';
import { previewRestore, restoreBackup } from '../lib/server/backup/restore.js';
import { config } from '../lib/server/config.js';
import { longWorkPool } from '../lib/server/db/client.js';
import { parseOptions } from './arguments.js';
import { reportTable } from './backup.js';
import { connect } from './database.js';

const usage = 'Usage: mhub restore FILE [--yes]   (FILE: a backup written by `mhub backup`)';

const total = (tables: { rows: number }[]) =>
	tables.reduce((sum, table) => sum + table.rows, 0).toLocaleString('en');

/** Which database is meant, without its password. */
function databaseName(): string {
	if (!config.databaseUrl) return `the embedded database in ${path.join(config.dataDir, 'postgres')}`;
	const url = new URL(config.databaseUrl);
	return `the database ${url.pathname.slice(1)} on ${url.host}`;
}

export async function restore(args: string[]): Promise<number> {
	const parsed = parseOptions(
		{ args, allowPositionals: true, options: { yes: { type: 'boolean', short: 'y' } } },
		usage
	);
	if (!parsed) return 2;
	if (parsed.positionals.length !== 1) {
		console.error(usage);
		return 2;
	}
	const file = path.resolve(parsed.positionals[0]);
	const connection = await connect();
	try {
		const { header, current } = await previewRestore(longWorkPool(), file);
		if (!parsed.values.yes) {
			console.error(
				`This would replace ALL data in ${databaseName()} (${total(current)} rows in ${current.length} tables now) ` +
					`with the backup made at ${header.createdAt} (${total(header.tables)} rows).\n` +
					`Nothing has been changed. To go ahead: mhub restore ${parsed.positionals[0]} --yes`
			);
			return 2;
		}
		console.error(`Restoring ${file} (made at ${header.createdAt}) into ${databaseName()}`);
		const summary = await restoreBackup(longWorkPool(), file, reportTable);
		console.log(
			`Restored ${summary.rows.toLocaleString('en')} rows in ${summary.tables.length} tables from ${file}.`
		);
		return 0;
	} catch (error) {
		if (!(error instanceof BackupError)) throw error;
		console.error(`Not restored: ${error.message}`);
		return 1;
	} finally {
		await connection.close();
	}
}
