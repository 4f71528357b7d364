import { describe, expect, it } from 'vitest';
import type { Catalog, MigrationLevel } from './catalog.js';
import { assertRestorable, BackupError, parseHeader, parseTableMarker, type BackupHeader } from './format.js';

const level: MigrationLevel = { applied: 4, latestHash: '5f2a9c0d1e3b4a5968778695a4b3c2d1' };

const header: BackupHeader = {
	format: 'mhub-backup',
	version: 1,
	createdAt: '2026-01-30T10:15:00.000Z',
	migrations: level,
	tables: [
		{ name: 'country', columns: ['code', 'name', 'region'], rows: 250 },
		{ name: 'organisation', columns: ['id', 'name', 'acronym'], rows: 3 }
	],
	sequences: [{ name: 'sign_in_attempt_id_seq', lastValue: '41', isCalled: true }]
};

const catalog: Catalog = {
	tables: [
		{ name: 'country', columns: ['code', 'name', 'region'], hasAlwaysIdentity: false, triggers: [] },
		// Another column order, and the generated search_text is not among the columns restored.
		{ name: 'organisation', columns: ['acronym', 'id', 'name'], hasAlwaysIdentity: false, triggers: [] }
	],
	foreignKeys: [],
	sequences: ['sign_in_attempt_id_seq']
};

const refusal = (run: () => void): string => {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(BackupError);
		return (error as Error).message;
	}
	throw new Error('expected a refusal');
};

describe('parseHeader', () => {
	it('reads the header a backup starts with', () => {
		expect(parseHeader(JSON.stringify(header))).toEqual(header);
	});

	it.each([
		['an empty file', undefined],
		['a line that is not JSON', 'PGDMP\u0001\u0002'],
		['JSON from elsewhere', '{"name":"mhub","version":"0.1.0"}'],
		['a JSON array', '["mhub-backup"]']
	])('refuses %s as not an MHub backup', (_, line) => {
		expect(refusal(() => parseHeader(line))).toMatch(/not an MHub backup/);
	});

	it('refuses another format version, naming both', () => {
		const message = refusal(() => parseHeader(JSON.stringify({ ...header, version: 2 })));
		expect(message).toMatch(/format version 2.*reads version 1/);
	});

	it('refuses a damaged header, saying where', () => {
		const { tables: _, ...withoutTables } = header;
		expect(refusal(() => parseHeader(JSON.stringify(withoutTables)))).toMatch(/header is damaged \(tables\)/);
		const badCount = { ...header, tables: [{ name: 'country', columns: ['code'], rows: -1 }] };
		expect(refusal(() => parseHeader(JSON.stringify(badCount)))).toMatch(/damaged \(tables\.0\.rows\)/);
	});
});

describe('assertRestorable', () => {
	it('accepts a backup of this migration level with the same tables and columns', () => {
		expect(() => assertRestorable(header, catalog, level)).not.toThrow();
	});

	it('refuses an older backup, saying both levels and what to do', () => {
		const older = { ...header, migrations: { applied: 3, latestHash: 'aaaabbbbccccdddd' } };
		const message = refusal(() => assertRestorable(older, catalog, level));
		expect(message).toContain('The backup is at migration level 3 migrations (latest aaaabbbbcccc)');
		expect(message).toContain('this database is at 4 migrations (latest 5f2a9c0d1e3b)');
		expect(message).toMatch(/MHub version that made it/);
	});

	it('refuses a newer backup, advising an upgrade', () => {
		const newer = { ...header, migrations: { applied: 5, latestHash: 'ffff' } };
		expect(refusal(() => assertRestorable(newer, catalog, level))).toMatch(/newer MHub: upgrade/);
	});

	it('refuses the same count of migrations with another latest one', () => {
		const other = { ...header, migrations: { applied: 4, latestHash: '0000000000000000' } };
		expect(refusal(() => assertRestorable(other, catalog, level))).toMatch(/migration level/);
	});

	it('refuses tables or columns that differ, listing each difference', () => {
		const changed: BackupHeader = {
			...header,
			tables: [
				{ name: 'country', columns: ['code', 'name'], rows: 1 },
				{ name: 'stranger', columns: ['id'], rows: 0 }
			],
			sequences: [{ name: 'ghost_seq', lastValue: '1', isCalled: false }]
		};
		const message = refusal(() => assertRestorable(changed, catalog, level));
		expect(message).toContain('table country has columns (code, name), here (code, name, region)');
		expect(message).toContain('table stranger is not in this database');
		expect(message).toContain('table organisation is missing from the backup');
		expect(message).toContain('sequence ghost_seq is not in this database');
	});
});

describe('parseTableMarker', () => {
	it('accepts the marker of the table expected next', () => {
		expect(() =>
			parseTableMarker('{"table":"country","rows":250}', { table: 'country', rows: 250 })
		).not.toThrow();
	});

	it('refuses a missing, misplaced or miscounted marker', () => {
		const expected = { table: 'country', rows: 250 };
		expect(refusal(() => parseTableMarker(undefined, expected))).toMatch(
			/truncated: it ends before table country/
		);
		expect(refusal(() => parseTableMarker('{"code":"FR"}', expected))).toMatch(/damaged: table country/);
		expect(refusal(() => parseTableMarker('{"table":"country","rows":249}', expected))).toMatch(/damaged/);
	});
});
