import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, pool } from '../db/client.js';
import { signInAttempt } from '../db/schema/auth.js';
import { createDemoAccounts } from '../demo/accounts.js';
import { createDemoDirectory } from '../demo/directory.js';
import { createDemoProgrammes } from '../demo/programmes.js';
import { sendMail } from '../mail/send-mail.js';
import { useTestDatabase } from '../testing/database.js';
import { thrownBy } from '../testing/fixtures.js';
import { writeBackup } from './backup.js';
import { BackupError } from './format.js';
import { previewRestore, restoreBackup } from './restore.js';

useTestDatabase();

let dir: string;
let backupFile: string;
let original: Snapshot;

type Snapshot = Record<string, string[]>;

/** Every row of every table, as exact text, found without the backup module's own catalog code. */
async function snapshot(): Promise<Snapshot> {
	const tables = await db().execute<{ name: string }>(
		sql`select table_name as name from information_schema.tables
			where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`
	);
	const result: Snapshot = {};
	for (const { name } of tables.rows) {
		const rows = await db().execute<{ row: string }>(
			sql`select row_to_json(t)::text as row from ${sql.identifier(name)} t order by 1`
		);
		result[name] = rows.rows.map((r) => r.row);
	}
	return result;
}

const nonDeferrableKeys = async () =>
	(
		await db().execute<{ name: string }>(
			sql`select conname as name from pg_constraint where contype = 'f' and not condeferrable order by 1`
		)
	).rows.map((row) => row.name);

/** The backup's lines, to damage them on purpose. */
async function backupLines(file: string): Promise<string[]> {
	return gunzipSync(await readFile(file))
		.toString('utf8')
		.trimEnd()
		.split('\n');
}

async function writeLines(name: string, lines: string[]): Promise<string> {
	const file = path.join(dir, name);
	await writeFile(file, gzipSync(lines.map((line) => `${line}\n`).join('')));
	return file;
}

const refusal = async (file: string) => (await thrownBy(restoreBackup(pool(), file), BackupError)).message;

const nextSignInAttemptId = async () =>
	(await db().insert(signInAttempt).values({ emailKey: 'probe', isSuccess: false }).returning())[0].id;

beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'mhub-backup-'));
	backupFile = path.join(dir, 'mhub.jsonl.gz');

	// Accounts with grants, the directory (JSONB names, text arrays), programmes (dates, arrays).
	await createDemoAccounts();
	await createDemoDirectory();
	await db().transaction((tx) => createDemoProgrammes(tx));
	await sendMail({ to: 'eleni@example.org', subject: 'Καλώς ήρθατε', text: 'Line one\nمرحبا\t"quoted"' });
	await sendMail({ to: 'luca@example.org', subject: 'Welcome', text: 'Hello' });
	await db()
		.insert(signInAttempt)
		.values([
			{ emailKey: 'admin@mhub.demo', ipAddress: '192.0.2.1', isSuccess: false },
			{ emailKey: 'admin@mhub.demo', ipAddress: '2001:db8::1', isSuccess: true }
		]);
	const everyByte = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
	await db().execute(sql`
		insert into stored_file (name, media_type, byte_size, sha256, content, created_at)
		values ('bytes.bin', 'application/octet-stream', 256,
			${createHash('sha256').update(everyByte).digest('hex')}, ${everyByte},
			'2024-02-29 23:59:59.123456+00')`);
	await db().execute(sql`
		insert into app_setting (key, value, updated_at)
		values ('probe', '{"price": 12345678901234567890.10, "zero": 0.0, "list": [1, "two", null, {"ar": "عربي"}]}',
			'1999-12-31 23:59:59.999999+05:30')`);

	// Tables a later migration might add: found in the catalog with no change to the backup code.
	// A self-reference across thousands of rows (more than one insert batch, pointing forward), a
	// generated column, an identity column and a trigger that would rewrite rows if it fired.
	await db().execute(sql`
		create table backup_probe_tree (id int primary key, parent_id int references backup_probe_tree (id))`);
	await db().execute(sql`insert into backup_probe_tree (id) select generate_series(1, 2500)`);
	await db().execute(sql`update backup_probe_tree set parent_id = id + 1 where id < 2500`);
	await db().execute(sql`
		create table backup_probe_note (
			id bigint generated always as identity primary key,
			body text not null,
			shout text generated always as (upper(body)) stored,
			tags text[] not null default '{}'
		)`);
	await db().execute(sql`
		create function backup_probe_stamp() returns trigger language plpgsql as
		$$ begin new.body := new.body || ' (stamped)'; return new; end $$`);
	await db().execute(sql`
		create trigger backup_probe_stamp before insert on backup_probe_note
		for each row execute function backup_probe_stamp()`);
	await db().execute(sql`
		insert into backup_probe_note (body, tags) values ('first', '{a,"b c"}'), ('second', '{}')`);

	original = await snapshot();
	const summary = await writeBackup(pool(), backupFile);
	expect(summary.rows).toBe(Object.values(original).reduce((sum, rows) => sum + rows.length, 0));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('backup and restore', () => {
	it('writes every table, and restores every row exactly after changes and deletions', async () => {
		const lines = await backupLines(backupFile);
		const header = JSON.parse(lines[0]);
		expect(header).toMatchObject({ format: 'mhub-backup', version: 1 });
		expect(header.tables.map((t: { name: string }) => t.name).sort()).toEqual(Object.keys(original).sort());
		expect(header.tables.find((t: { name: string }) => t.name === 'organisation').columns).not.toContain(
			'search_text'
		);

		await db().execute(sql`delete from person where country_codes @> '{GR}'`);
		await db().execute(sql`update organisation set name = '{"en": "Renamed"}' where acronym = 'IOM'`);
		await db().execute(sql`delete from role_grant`);
		await db().execute(sql`delete from backup_probe_tree where id <= 2000`);
		await db().execute(sql`insert into backup_probe_note (body) values ('after the backup')`);
		await db().execute(sql`delete from stored_file`);
		for (let i = 0; i < 3; i += 1) await nextSignInAttemptId();
		expect(await snapshot()).not.toEqual(original);

		const summary = await restoreBackup(pool(), backupFile);
		expect(summary.rows).toBe(lines.length - 1 - header.tables.length);
		expect(await snapshot()).toEqual(original);

		// Ids continue from where they were at the backup, not from before or after the changes.
		expect(await nextSignInAttemptId()).toBe(3);
		const [note] = (
			await db().execute<{ id: string; body: string }>(
				sql`insert into backup_probe_note (body) values ('next') returning id::text, body`
			)
		).rows;
		expect(note).toEqual({ id: '3', body: 'next (stamped)' });
		// Keys deferred for the restore are back to what the migrations made them.
		expect(await nonDeferrableKeys()).toContain('backup_probe_tree_parent_id_fkey');
	});

	it('previews what a restore would replace without changing anything', async () => {
		const before = await snapshot();
		const preview = await previewRestore(pool(), backupFile);
		expect(preview.header.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
		expect(preview.current.find((t) => t.name === 'user')?.rows).toBe(before.user.length);
		expect(await snapshot()).toEqual(before);
	});
});

describe('restore refuses, leaving the data untouched', () => {
	it('a truncated or damaged file, or one that is not an MHub backup', async () => {
		const before = await snapshot();
		const whole = await readFile(backupFile);
		const truncated = path.join(dir, 'truncated.jsonl.gz');
		await writeFile(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)));
		expect(await refusal(truncated)).toMatch(/truncated.*Nothing was restored/s);

		const lines = await backupLines(backupFile);
		const cutAtTable = lines.findIndex((line) => line.startsWith('{"table":"person"'));
		expect(await refusal(await writeLines('cut.jsonl.gz', lines.slice(0, cutAtTable)))).toMatch(
			/truncated: it ends before table person/
		);
		const lostRows = lines.slice(0, cutAtTable + 3);
		expect(await refusal(await writeLines('lost-rows.jsonl.gz', lostRows))).toMatch(
			/truncated: table person has 2 of its \d+ rows/
		);

		const notBackup = path.join(dir, 'dump.sql');
		await writeFile(notBackup, '-- PostgreSQL database dump\n');
		expect(await refusal(notBackup)).toMatch(/not an MHub backup/);
		const otherJson = await writeLines('other.jsonl.gz', ['{"hello":"world"}']);
		expect(await refusal(otherJson)).toMatch(/not an MHub backup/);
		expect(await snapshot()).toEqual(before);
	});

	it('a backup from another migration level, saying which level each has', async () => {
		const before = await snapshot();
		const [first, ...rest] = await backupLines(backupFile);
		const header = JSON.parse(first);
		const older = {
			...header,
			migrations: { applied: header.migrations.applied - 1, latestHash: 'abcdef0123456789' }
		};
		const message = await refusal(await writeLines('older.jsonl.gz', [JSON.stringify(older), ...rest]));
		expect(message).toContain(
			`The backup is at migration level ${header.migrations.applied - 1} migrations (latest abcdef012345), ` +
				`but this database is at ${header.migrations.applied} migrations (latest ${header.migrations.latestHash.slice(0, 12)})`
		);
		expect(await snapshot()).toEqual(before);
	});

	it('a row the database refuses halfway through: nothing is restored', async () => {
		await db().execute(sql`delete from mail_message`);
		const before = await snapshot();
		const lines = await backupLines(backupFile);
		const marker = lines.findIndex((line) => line.startsWith('{"table":"stored_file"'));
		const file = JSON.parse(lines[marker + 1]);
		lines[marker + 1] = JSON.stringify({ ...file, byte_size: 1 }); // breaks the size check
		const message = await refusal(await writeLines('bad-row.jsonl.gz', lines));
		expect(message).toMatch(/Table stored_file, rows 1–1: .*stored_file_size.*Nothing was restored/);
		expect(await snapshot()).toEqual(before);
	});

	it('a broken deferred key, found at the end: nothing is restored and the key is as it was', async () => {
		const lastId = await nextSignInAttemptId();
		const before = await snapshot();
		const lines = await backupLines(backupFile);
		const marker = lines.findIndex((line) => line.startsWith('{"table":"backup_probe_tree"'));
		lines[marker + 1] = JSON.stringify({ ...JSON.parse(lines[marker + 1]), parent_id: 999_999 });
		const message = await refusal(await writeLines('bad-key.jsonl.gz', lines));
		expect(message).toMatch(/backup_probe_tree_parent_id_fkey.*Nothing was restored/);
		expect(await snapshot()).toEqual(before);
		expect(await nonDeferrableKeys()).toContain('backup_probe_tree_parent_id_fkey');
		// The sequences go on from where they were, not from the backup's values.
		expect(await nextSignInAttemptId()).toBe(lastId + 1);
	});

	it('writing over an existing file', async () => {
		await expect(writeBackup(pool(), backupFile)).rejects.toThrow(/already exists/);
	});
});
