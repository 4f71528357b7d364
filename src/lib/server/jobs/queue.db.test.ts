import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../testing/database.js';
import { enqueue, startJobs, stopJobs } from './queue.js';

useTestDatabase();

const received: Record<string, unknown>[] = [];
const arrived = new Set<() => void>();
beforeAll(() =>
	startJobs(process.env.DATABASE_URL!, {
		'test-echo': async (data) => {
			received.push(data);
			for (const notify of arrived) notify();
		}
	})
);
afterAll(() => stopJobs(1_000));

describe('the job queue', () => {
	it('runs a queued job in a worker, with its data', async () => {
		const seen = new Promise<void>((resolve) => arrived.add(resolve));
		await enqueue('test-echo', { importId: 'abc' });
		await seen;
		expect(received).toContainEqual({ importId: 'abc' });
	});

	it('refuses to queue a job for a queue nobody created', async () => {
		await expect(enqueue('no-such-queue', {})).rejects.toThrow();
	});
});
