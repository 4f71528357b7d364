// `mhub backup`: every row of every table, as one consistent snapshot, into a gzip'd JSON-lines file.
import { constants, createWriteStream } from 'node:fs';
import { access, link, mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type pg from 'pg';
import { countRows, qualified, quoted, readCatalog, readMigrationLevel, type Table } from './catalog.js';
import { BackupError, backupFormat, backupVersion, tableMarker, type BackupHeader } from './format.js';
import { insertionOrder } from './table-order.js';

export type TableRows = { name: string; rows: number };
export type BackupSummary = { file: string; bytes: number; tables: TableRows[]; rows: number };
/** Told when a table has been written or restored completely. */
export type OnTable = (table: TableRows) => void;

/** Rows fetched from the cursor at a time: enough to be quick, few enough to stay small in memory. */
const fetchSize = 1000;

/** Where a backup goes unless told otherwise: <data folder>/backups/mhub-20260130T101500Z.jsonl.gz */
export function defaultBackupFile(dataDir: string, now = new Date()): string {
	const stamp = now
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d+Z$/, 'Z');
	return path.join(dataDir, 'backups', `mhub-${stamp}.jsonl.gz`);
}

async function exists(file: string): Promise<boolean> {
	return access(file, constants.F_OK).then(
		() => true,
		() => false
	);
}

/**
 * Writes the whole database to `file` (which must not exist yet). Reads inside one REPEATABLE READ
 * transaction, so rows that change meanwhile cannot make the backup inconsistent; streams through a
 * cursor and gzip, so the database never has to fit in memory. The file appears only when complete.
 */
export async function writeBackup(pool: pg.Pool, file: string, onTable?: OnTable): Promise<BackupSummary> {
	if (await exists(file)) throw new BackupError(`${file} already exists: choose another file name.`);
	await mkdir(path.dirname(file), { recursive: true });
	const partial = `${file}.partial`;
	const client = await pool.connect();
	try {
		await client.query('begin isolation level repeatable read read only');
		// Output settings that make every value read back exactly: hex bytea, shortest exact floats.
		await client.query(`set local bytea_output = 'hex'`);
		await client.query('set local extra_float_digits = 1');
		const catalog = await readCatalog(client);
		const order = insertionOrder(
			catalog.tables.map((table) => table.name),
			catalog.foreignKeys
		);
		const tableByName = new Map(catalog.tables.map((table) => [table.name, table]));
		const tables = order.map((name) => tableByName.get(name)!);
		const counts = await countRows(client, tables);
		const header: BackupHeader = {
			format: backupFormat,
			version: backupVersion,
			createdAt: new Date().toISOString(),
			migrations: await readMigrationLevel(client),
			tables: tables.map((table) => ({
				name: table.name,
				columns: table.columns,
				rows: counts.get(table.name)!
			})),
			sequences: await readSequences(client, catalog.sequences)
		};
		await pipeline(
			Readable.from(backupLines(client, header, tables, onTable)),
			createGzip(),
			createWriteStream(partial)
		);
		await client.query('commit');
		// link() refuses to replace a file, unlike rename(): a backup never overwrites another.
		await link(partial, file);
		await rm(partial);
		const summary = header.tables.map(({ name, rows }) => ({ name, rows }));
		return {
			file,
			bytes: (await stat(file)).size,
			tables: summary,
			rows: summary.reduce((sum, table) => sum + table.rows, 0)
		};
	} catch (error) {
		await client.query('rollback').catch(() => {});
		await rm(partial, { force: true });
		throw error;
	} finally {
		client.release();
	}
}

/** Each sequence's position, so that ids handed out after a restore continue where they were. */
async function readSequences(
	client: pg.ClientBase,
	names: readonly string[]
): Promise<BackupHeader['sequences']> {
	const sequences: BackupHeader['sequences'] = [];
	for (const name of names) {
		const { rows } = await client.query<{ lastValue: string; isCalled: boolean }>(
			`select last_value::text as "lastValue", is_called as "isCalled" from ${qualified(name)}`
		);
		sequences.push({ name, ...rows[0] });
	}
	return sequences;
}

async function* backupLines(
	client: pg.ClientBase,
	header: BackupHeader,
	tables: readonly Table[],
	onTable?: OnTable
): AsyncGenerator<string> {
	yield `${JSON.stringify(header)}\n`;
	for (const [index, table] of tables.entries()) {
		const expected = header.tables[index].rows;
		yield `${tableMarker({ table: table.name, rows: expected })}\n`;
		// row_to_json writes each value in a form PostgreSQL reads back identically (JSONB untouched,
		// timestamps to the microsecond, numerics in full, bytea as hex); JavaScript never parses it.
		const columns = table.columns.map(quoted).join(', ');
		await client.query(
			`declare backup_rows no scroll cursor for
			select row_to_json(r)::text as line from (select ${columns} from ${qualified(table.name)}) r`
		);
		let written = 0;
		for (;;) {
			const { rows } = await client.query<{ line: string }>(`fetch ${fetchSize} from backup_rows`);
			if (rows.length === 0) break;
			written += rows.length;
			yield rows.map((row) => `${row.line}\n`).join('');
		}
		await client.query('close backup_rows');
		// The snapshot cannot change under us; a mismatch would mean a broken backup, so stop here.
		if (written !== expected) {
			throw new BackupError(`Table ${table.name} gave ${written} rows where ${expected} were counted.`);
		}
		onTable?.({ name: table.name, rows: written });
	}
}
