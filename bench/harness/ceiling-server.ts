// The machine's ceiling: the least a server can do to answer "a page of organisations as JSON" —
// node:http, one pg query, JSON.stringify — on the same PostgreSQL as MHub, with MHub's pool size.
// Started by the bench as its own process (PORT, DATABASE_URL), so it gets a core like MHub does.
import http from 'node:http';
import pg from 'pg';

const pageQuery = `
	select o.id, o.name, o.acronym, o.type, o.country_code as "countryCode", c.name as "countryName",
		o.website, o.description, o.archived_at as "archivedAt", o.created_at as "createdAt",
		o.updated_at as "updatedAt", count(*) over () as total
	from organisation o left join country c on c.code = o.country_code
	where o.archived_at is null
	order by coalesce(nullif(o.name->>'en', ''), o.name->>'fr', o.name->>'ar') collate "und-x-icu", o.id
	limit 25`;

const pool = new pg.Pool({
	connectionString: process.env.DATABASE_URL,
	max: Number(process.env.MHUB_DB_POOL ?? 10)
});
pool.on('error', () => {});

const server = http.createServer(async (request, response) => {
	if (request.method !== 'GET' || request.url !== '/organisations') {
		response.writeHead(404).end();
		return;
	}
	try {
		const { rows } = await pool.query<{ total: string }>(pageQuery);
		const total = Number(rows[0]?.total ?? 0);
		const data = rows.map(({ total: _total, ...organisation }) => organisation);
		response.writeHead(200, { 'content-type': 'application/json' });
		response.end(JSON.stringify({ data, total }));
	} catch (error) {
		response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
	}
});

server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ceiling server ready'));

process.on('SIGTERM', () => {
	server.closeAllConnections();
	server.close(() => void pool.end().then(() => process.exit(0)));
});
