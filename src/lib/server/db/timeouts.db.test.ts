// A frozen or unreachable database must not hang requests: every wait on it has a limit.
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../testing/database.js';
import { createPool, longWorkPool, pool, requestTimeouts } from './client.js';
import { isDatabaseUnavailable } from './unavailable.js';

useTestDatabase();

const setting = async (p: ReturnType<typeof pool>, name: string) =>
	(await p.query<{ value: string }>(`select current_setting($1) as value`, [name])).rows[0].value;

/** How long `work` took to fail, and with what. */
async function failure(work: () => Promise<unknown>): Promise<{ ms: number; error: unknown }> {
	const started = Date.now();
	const error = await work().then(
		() => undefined,
		(caught: unknown) => caught
	);
	expect(error, 'it should have failed').toBeDefined();
	return { ms: Date.now() - started, error };
}

describe('database timeouts', () => {
	// A server that accepts connections and never answers: a frozen PostgreSQL.
	const sockets = new Set<net.Socket>();
	const silent = net.createServer((socket) => void sockets.add(socket));
	afterAll(() => {
		for (const socket of sockets) socket.destroy();
		silent.close();
	});

	it('limits statements and idle transactions on the connections requests use', async () => {
		expect(await setting(pool(), 'statement_timeout')).toBe('30s');
		expect(await setting(pool(), 'idle_in_transaction_session_timeout')).toBe('1min');
	});

	it('leaves migrations, backups and restores without a statement limit', async () => {
		expect(await setting(longWorkPool(), 'statement_timeout')).toBe('0');
	});

	it('cancels a statement that runs past the limit, as "unavailable"', async () => {
		const limited = createPool(process.env.DATABASE_URL!, 1, { ...requestTimeouts, statementMs: 200 });
		try {
			const { ms, error } = await failure(() => limited.query('select pg_sleep(3)'));
			expect(error).toMatchObject({ code: '57014' });
			expect(isDatabaseUnavailable(error)).toBe(true);
			expect(ms).toBeLessThan(2_000);
		} finally {
			await limited.end();
		}
	});

	it('gives up on a query the server never answers', async () => {
		const limited = createPool(process.env.DATABASE_URL!, 1, {
			...requestTimeouts,
			statementMs: 0,
			queryMs: 300
		});
		try {
			const { ms, error } = await failure(() => limited.query('select pg_sleep(3)'));
			expect(isDatabaseUnavailable(error)).toBe(true);
			expect(ms).toBeLessThan(2_000);
		} finally {
			await limited.end();
		}
	});

	it('gives up connecting to a server that does not answer', async () => {
		await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
		const { port } = silent.address() as net.AddressInfo;
		const frozen = createPool(`postgres://mhub:x@127.0.0.1:${port}/mhub`, 1, {
			...requestTimeouts,
			connectMs: 300
		});
		try {
			const { ms, error } = await failure(() => frozen.query('select 1'));
			expect(isDatabaseUnavailable(error)).toBe(true);
			expect(ms).toBeLessThan(2_000);
		} finally {
			await frozen.end();
		}
	});

	it('waits no longer than the connection timeout by default', () => {
		expect(requestTimeouts.connectMs).toBeLessThanOrEqual(5_000);
		expect(requestTimeouts.queryMs).toBeGreaterThan(requestTimeouts.statementMs);
	});
});
