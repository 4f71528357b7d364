// `mhub restore`: replaces all data with a backup's, in one transaction: all of it, or none of it.
import type pg from 'pg';
import type { OnTable, TableRows } from './backup.js';
import {
	countRows,
	qualified,
	quoted,
	readCatalog,
	readMigrationLevel,
	type Catalog,
	type Table
} from './catalog.js';
import { assertRestorable, BackupError, parseHeader, parseTableMarker, type BackupHeader } from './format.js';
import { readLines } from './lines.js';
import { keysToDefer } from './table-order.js';

export type RestoreSummary = { header: BackupHeader; tables: TableRows[]; rows: number };
export type RestorePreview = { header: BackupHeader; current: TableRows[] };

/** Rows sent to PostgreSQL in one statement, unless they reach `batchBytes` first. */
const batchRows = 1000;
const batchBytes = 8 * 1024 * 1024;

type Backup = { header: BackupHeader; lines: AsyncGenerator<string> };

async function openBackup(file: string): Promise<Backup> {
	const lines = readLines(file);
	try {
		const first = await lines.next();
		return { header: parseHeader(first.done ? undefined : first.value), lines };
	} catch (error) {
		await lines.return(undefined);
		throw error;
	}
}

/** Checks that the file is a backup this database can take, and counts what it would replace. */
export async function previewRestore(pool: pg.Pool, file: string): Promise<RestorePreview> {
	const { header, lines } = await openBackup(file);
	await lines.return(undefined);
	const client = await pool.connect();
	try {
		const catalog = await readCatalog(client);
		assertRestorable(header, catalog, await readMigrationLevel(client));
		const counts = await countRows(client, catalog.tables);
		return { header, current: catalog.tables.map(({ name }) => ({ name, rows: counts.get(name)! })) };
	} finally {
		client.release();
	}
}

/**
 * Replaces every row of every table with the backup's. Refuses, before touching anything, a file
 * that is not an MHub backup or comes from another migration level. Then empties the tables and
 * loads the backup in one transaction: if anything fails (a damaged or truncated file, a row the
 * database refuses), it rolls back and the database is exactly as it was.
 */
export async function restoreBackup(pool: pg.Pool, file: string, onTable?: OnTable): Promise<RestoreSummary> {
	const { header, lines } = await openBackup(file);
	const client = await pool.connect();
	try {
		const catalog = await readCatalog(client);
		assertRestorable(header, catalog, await readMigrationLevel(client));
		await client.query('begin');
		try {
			await replaceAllData(client, catalog, header, lines, onTable);
			await client.query('commit');
		} catch (error) {
			await client.query('rollback').catch(() => {});
			const reason = error instanceof Error ? error.message : String(error);
			throw new BackupError(`${reason} Nothing was restored: the database is as it was.`);
		}
	} finally {
		client.release();
		await lines.return(undefined);
	}
	const tables = header.tables.map(({ name, rows }) => ({ name, rows }));
	return { header, tables, rows: tables.reduce((sum, table) => sum + table.rows, 0) };
}

async function replaceAllData(
	client: pg.ClientBase,
	catalog: Catalog,
	header: BackupHeader,
	lines: AsyncGenerator<string>,
	onTable?: OnTable
): Promise<void> {
	const tables = new Map(catalog.tables.map((table) => [table.name, table]));
	// Keys the file's table order cannot satisfy as rows arrive (self-references, cycles) are checked
	// once at the end instead. Keys declared NOT DEFERRABLE are made deferrable for this transaction
	// only: the ALTER is undone below, or rolled back with everything else.
	const deferred = keysToDefer(
		header.tables.map((table) => table.name),
		catalog.foreignKeys
	);
	const madeDeferrable = deferred.filter((key) => !key.deferrable);
	for (const key of madeDeferrable) {
		await client.query(`alter table ${qualified(key.table)} alter constraint ${quoted(key.name)} deferrable`);
	}
	const deferredNames = deferred.map((key) => qualified(key.name)).join(', ');
	if (deferred.length > 0) await client.query(`set constraints ${deferredNames} deferred`);
	for (const table of catalog.tables) {
		for (const trigger of table.triggers) {
			await client.query(`alter table ${qualified(table.name)} disable trigger ${quoted(trigger)}`);
		}
	}

	await client.query(`truncate table ${catalog.tables.map((table) => qualified(table.name)).join(', ')}`);
	for (const { name, rows } of header.tables) {
		const next = await lines.next();
		parseTableMarker(next.done ? undefined : next.value, { table: name, rows });
		await insertRows(client, tables.get(name)!, rows, lines);
		onTable?.({ name, rows });
	}
	const rest = await lines.next();
	if (!rest.done) throw new BackupError('The backup is damaged: it goes on after its last table.');

	for (const { name, lastValue, isCalled } of header.sequences) {
		// setval alone is not undone by a rollback; after RESTART the sequence is new in this
		// transaction, so a rollback discards both.
		await client.query(`alter sequence ${qualified(name)} restart`);
		await client.query('select setval($1::regclass, $2::bigint, $3)', [qualified(name), lastValue, isCalled]);
	}
	if (deferred.length > 0) await client.query(`set constraints ${deferredNames} immediate`);
	for (const key of madeDeferrable) {
		await client.query(
			`alter table ${qualified(key.table)} alter constraint ${quoted(key.name)} not deferrable`
		);
	}
	for (const table of catalog.tables) {
		for (const trigger of table.triggers) {
			await client.query(`alter table ${qualified(table.name)} enable trigger ${quoted(trigger)}`);
		}
	}
}

/** Reads a table's `count` row lines and inserts them in batches, each row exactly as written. */
async function insertRows(
	client: pg.ClientBase,
	table: Table,
	count: number,
	lines: AsyncGenerator<string>
): Promise<void> {
	const columns = table.columns.map(quoted).join(', ');
	const overriding = table.hasAlwaysIdentity ? 'overriding system value' : '';
	// json_populate_recordset reads each value with its column type's own input function: the exact
	// inverse of row_to_json.
	const statement = `insert into ${qualified(table.name)} (${columns}) ${overriding}
		select ${columns} from json_populate_recordset(null::${qualified(table.name)}, $1::json)`;
	let batch: string[] = [];
	let bytes = 0;
	let inserted = 0;
	const flush = async () => {
		if (batch.length === 0) return;
		try {
			await client.query(statement, [`[${batch.join(',')}]`]);
		} catch (error) {
			const { message, detail } = error as { message: string; detail?: string };
			throw new BackupError(
				`Table ${table.name}, rows ${inserted + 1}–${inserted + batch.length}: ${message}${detail ? ` (${detail})` : ''}.`
			);
		}
		inserted += batch.length;
		batch = [];
		bytes = 0;
	};
	for (let row = 0; row < count; row += 1) {
		const next = await lines.next();
		if (next.done) {
			throw new BackupError(`The backup is truncated: table ${table.name} has ${row} of its ${count} rows.`);
		}
		batch.push(next.value);
		bytes += next.value.length;
		if (batch.length >= batchRows || bytes >= batchBytes) await flush();
	}
	await flush();
}
