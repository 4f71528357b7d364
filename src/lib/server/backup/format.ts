// The backup file: gzip'd JSON lines. Line 1 is the header below; then, for each table in the
// header's order, a marker line {"table": name, "rows": n} followed by exactly n lines, one JSON
// object per row as PostgreSQL's row_to_json wrote it (generated columns left out).
import { z } from 'zod';
import type { Catalog, MigrationLevel } from './catalog.js';

export const backupFormat = 'mhub-backup';
export const backupVersion = 1;

/** A file that is not a usable MHub backup for this database, or a restore that failed: said plainly. */
export class BackupError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BackupError';
	}
}

const MigrationLevelSchema = z.object({
	applied: z.number().int().nonnegative(),
	latestHash: z.string().nullable()
});

export const BackupHeaderSchema = z.object({
	format: z.literal(backupFormat),
	version: z.literal(backupVersion),
	createdAt: z.iso.datetime({ offset: true }),
	migrations: MigrationLevelSchema,
	tables: z.array(
		z.object({
			name: z.string().min(1),
			columns: z.array(z.string().min(1)),
			rows: z.number().int().nonnegative()
		})
	),
	sequences: z.array(
		z.object({
			name: z.string().min(1),
			lastValue: z.string().regex(/^-?\d+$/),
			isCalled: z.boolean()
		})
	)
});

export type BackupHeader = z.infer<typeof BackupHeaderSchema>;

export type TableMarker = { table: string; rows: number };

function parseJson(line: string): unknown {
	try {
		return JSON.parse(line);
	} catch {
		return undefined;
	}
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The header of a backup, or a BackupError saying why the first line is not one this MHub reads. */
export function parseHeader(firstLine: string | undefined): BackupHeader {
	const value = firstLine === undefined ? undefined : parseJson(firstLine);
	if (!isObject(value) || value.format !== backupFormat) {
		throw new BackupError('This is not an MHub backup: its first line is not an MHub backup header.');
	}
	if (value.version !== backupVersion) {
		throw new BackupError(
			`This MHub backup has format version ${JSON.stringify(value.version)}; this MHub reads version ${backupVersion}.`
		);
	}
	const parsed = BackupHeaderSchema.safeParse(value);
	if (!parsed.success) {
		const where = parsed.error.issues.map((issue) => issue.path.join('.') || 'header').join(', ');
		throw new BackupError(`This MHub backup's header is damaged (${where}).`);
	}
	return parsed.data;
}

const describeLevel = (level: MigrationLevel): string =>
	level.latestHash === null
		? 'no migrations'
		: `${level.applied} migration${level.applied === 1 ? '' : 's'} (latest ${level.latestHash.slice(0, 12)})`;

/**
 * Refuses a backup this database cannot take as it is: another migration level, or tables, columns
 * or sequences that differ. Says what differs, so the operator knows which MHub version to use.
 */
export function assertRestorable(header: BackupHeader, catalog: Catalog, level: MigrationLevel): void {
	const sameLevel =
		header.migrations.applied === level.applied && header.migrations.latestHash === level.latestHash;
	if (!sameLevel) {
		const advice =
			header.migrations.applied < level.applied
				? 'Restore it with the MHub version that made it (into an empty data folder), then start this version, which migrates it.'
				: 'It comes from a newer MHub: upgrade this MHub, then restore.';
		throw new BackupError(
			`The backup is at migration level ${describeLevel(header.migrations)}, but this database is at ` +
				`${describeLevel(level)}. ${advice}`
		);
	}
	const problems: string[] = [];
	const tables = new Map(catalog.tables.map((table) => [table.name, table]));
	const inBackup = new Set(header.tables.map((table) => table.name));
	for (const table of header.tables) {
		const here = tables.get(table.name);
		if (!here) {
			problems.push(`table ${table.name} is not in this database`);
			continue;
		}
		const expected = [...here.columns].sort().join(', ');
		const found = [...table.columns].sort().join(', ');
		if (expected !== found) problems.push(`table ${table.name} has columns (${found}), here (${expected})`);
	}
	for (const table of catalog.tables) {
		if (!inBackup.has(table.name)) problems.push(`table ${table.name} is missing from the backup`);
	}
	if (inBackup.size !== header.tables.length) problems.push('a table is listed twice');
	const sequences = new Set(catalog.sequences);
	for (const sequence of header.sequences) {
		if (!sequences.has(sequence.name)) problems.push(`sequence ${sequence.name} is not in this database`);
	}
	if (problems.length > 0) {
		throw new BackupError(`The backup does not match this database: ${problems.join('; ')}.`);
	}
}

/** The line that opens a table's rows; a BackupError if the line is not the one expected. */
export function parseTableMarker(line: string | undefined, expected: TableMarker): void {
	const value = line === undefined ? undefined : parseJson(line);
	const matches = isObject(value) && value.table === expected.table && value.rows === expected.rows;
	if (!matches) {
		throw new BackupError(
			line === undefined
				? `The backup is truncated: it ends before table ${expected.table}.`
				: `The backup is damaged: table ${expected.table} (${expected.rows} rows) should start here.`
		);
	}
}

export const tableMarker = (marker: TableMarker): string => JSON.stringify(marker);
