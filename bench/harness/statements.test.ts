import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countStatements } from './statements.js';

describe('counting statements', () => {
	// No server: the client's query answers at once, as if PostgreSQL had.
	const answered = vi.spyOn(pg.Client.prototype, 'query').mockResolvedValue({ rows: [] } as never);
	afterEach(() => answered.mockClear());

	it('counts every query of every client while the work runs, and gives back its result', async () => {
		const [a, b] = [new pg.Client(), new pg.Client()];
		const { result, statements } = await countStatements(async () => {
			await a.query('begin');
			await a.query('select 1');
			await b.query('select 2');
			await a.query('commit');
			return 'done';
		});
		expect({ result, statements }).toEqual({ result: 'done', statements: 4 });
		expect(answered).toHaveBeenCalledTimes(4);
	});

	it('stops counting when the work ends, even when it fails', async () => {
		await expect(
			countStatements(async () => {
				await new pg.Client().query('select 1');
				throw new Error('refused');
			})
		).rejects.toThrow('refused');
		expect(pg.Client.prototype.query).toBe(answered);
	});
});
