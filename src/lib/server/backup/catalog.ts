// What a backup holds, read from PostgreSQL's catalog rather than from the Drizzle schema, so that
// every table a later migration adds is backed up without anyone remembering to list it.
import pg from 'pg';

/** The schema MHub's migrations create its tables in. */
const schema = 'public';

export type Table = {
	name: string;
	/** The columns a restore writes: generated columns are left out (PostgreSQL computes them). */
	columns: string[];
	/** Has a GENERATED ALWAYS identity column, which only takes values with OVERRIDING SYSTEM VALUE. */
	hasAlwaysIdentity: boolean;
	/** Its own enabled triggers, which must not rewrite rows while they are restored. */
	triggers: string[];
};

export type ForeignKey = { name: string; table: string; references: string; deferrable: boolean };

export type Catalog = { tables: Table[]; foreignKeys: ForeignKey[]; sequences: string[] };

/** How far the database's migrations have gone: how many are applied, and the newest one's hash. */
export type MigrationLevel = { applied: number; latestHash: string | null };

/** The schema-qualified, quoted name of a table or sequence, ready to put in SQL. */
export const qualified = (name: string): string =>
	`${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(name)}`;

export const quoted = (name: string): string => pg.escapeIdentifier(name);

// Ordinary and partitioned tables, without partitions (their parent holds their rows) and without
// tables that belong to an extension (the extension recreates them).
const tablesQuery = `
	select c.oid, c.relname as name,
		array(select t.tgname::text from pg_trigger t
			where t.tgrelid = c.oid and not t.tgisinternal and t.tgenabled = 'O' order by t.tgname) as triggers
	from pg_class c
	join pg_namespace n on n.oid = c.relnamespace
	where n.nspname = $1 and c.relkind in ('r', 'p') and not c.relispartition
		and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
	order by c.relname`;

const columnsQuery = `
	select a.attrelid as oid, a.attname as name, a.attidentity as identity, a.attgenerated as generated
	from pg_attribute a
	where a.attrelid = any($1::oid[]) and a.attnum > 0 and not a.attisdropped
	order by a.attrelid, a.attnum`;

// Keys declared on partitioned tables reappear on each partition (conparentid set): keep the parent's.
const foreignKeysQuery = `
	select con.conname as name, src.relname as "table", dst.relname as "references",
		con.condeferrable as deferrable
	from pg_constraint con
	join pg_class src on src.oid = con.conrelid
	join pg_namespace sn on sn.oid = src.relnamespace
	join pg_class dst on dst.oid = con.confrelid
	join pg_namespace dn on dn.oid = dst.relnamespace
	where con.contype = 'f' and con.conparentid = 0 and sn.nspname = $1 and dn.nspname = $1
	order by src.relname, con.conname`;

const sequencesQuery = `
	select c.relname as name
	from pg_class c
	join pg_namespace n on n.oid = c.relnamespace
	where n.nspname = $1 and c.relkind = 'S'
		and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
	order by c.relname`;

export async function readCatalog(client: pg.ClientBase): Promise<Catalog> {
	const tables = await client.query<{ oid: number; name: string; triggers: string[] }>(tablesQuery, [schema]);
	const columns = await client.query<{ oid: number; name: string; identity: string; generated: string }>(
		columnsQuery,
		[tables.rows.map((table) => table.oid)]
	);
	const foreignKeys = await client.query<ForeignKey>(foreignKeysQuery, [schema]);
	const sequences = await client.query<{ name: string }>(sequencesQuery, [schema]);
	const tableNames = new Set(tables.rows.map((table) => table.name));
	return {
		tables: tables.rows.map(({ oid, name, triggers }) => {
			const own = columns.rows.filter((column) => column.oid === oid);
			return {
				name,
				columns: own.filter((column) => column.generated === '').map((column) => column.name),
				hasAlwaysIdentity: own.some((column) => column.identity === 'a'),
				triggers
			};
		}),
		foreignKeys: foreignKeys.rows.filter(
			(key) => tableNames.has(key.table) && tableNames.has(key.references)
		),
		sequences: sequences.rows.map((sequence) => sequence.name)
	};
}

/** The migrations Drizzle recorded in this database (none if it was never migrated). */
export async function readMigrationLevel(client: pg.ClientBase): Promise<MigrationLevel> {
	const { rows } = await client.query<{ exists: boolean }>(
		`select to_regclass('drizzle.__drizzle_migrations') is not null as exists`
	);
	if (!rows[0].exists) return { applied: 0, latestHash: null };
	const level = await client.query<MigrationLevel>(
		`select count(*)::int as applied,
			(array_agg(hash order by created_at desc, id desc))[1] as "latestHash"
		from drizzle.__drizzle_migrations`
	);
	return level.rows[0];
}

/** How many rows each table holds now (inside a transaction: as its snapshot sees them). */
export async function countRows(
	client: pg.ClientBase,
	tables: readonly Table[]
): Promise<Map<string, number>> {
	const counts = new Map<string, number>();
	for (const table of tables) {
		const { rows } = await client.query<{ rows: string }>(
			`select count(*) as rows from ${qualified(table.name)}`
		);
		counts.set(table.name, Number(rows[0].rows));
	}
	return counts;
}
