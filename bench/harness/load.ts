// Load: many keep-alive connections asking for one URL as fast as it answers (autocannon).
import autocannon, { type Result } from 'autocannon';
import { percentile } from './percentile.js';

export type LoadTarget = { url: string; headers?: Record<string, string> };

export type LoadResult = { requestsPerSecond: number; p95Ms: number; requests: number };

export const loadSettings = {
	/** The connections of the goal: 16, kept alive. */
	connections: 16,
	/** Untimed first seconds: the JIT, the connection pools and PostgreSQL's caches warm up. */
	warmUpSeconds: 2,
	seconds: 10
};

function hammer(target: LoadTarget, seconds: number): Promise<{ result: Result; latencies: number[] }> {
	const latencies: number[] = [];
	return new Promise((resolve, reject) => {
		const instance = autocannon(
			{ url: target.url, headers: target.headers, connections: loadSettings.connections, duration: seconds },
			(error, result) => (error ? reject(error) : resolve({ result, latencies }))
		);
		instance.on('response', (_client: unknown, _status: number, _bytes: number, milliseconds: number) => {
			latencies.push(milliseconds);
		});
	});
}

/** A figure under load is only worth reporting when every answer was a success. */
function assertAllSucceeded(url: string, result: Result, completed: number): void {
	const failures = result.non2xx + result.errors + result.timeouts;
	if (failures === 0 && completed > 0) return;
	const statuses = Object.entries(result.statusCodeStats)
		.map(([status, { count }]) => `${count} × ${status}`)
		.join(', ');
	throw new Error(
		`${url} failed under load: ${result.non2xx} non-2xx answers, ${result.errors} errors, ` +
			`${result.timeouts} timeouts (statuses: ${statuses || 'none'})`
	);
}

/** Warms up, then measures requests per second and the 95th percentile latency. */
export async function measureLoad(target: LoadTarget): Promise<LoadResult> {
	const warmUp = await hammer(target, loadSettings.warmUpSeconds);
	assertAllSucceeded(target.url, warmUp.result, warmUp.latencies.length);
	const { result, latencies } = await hammer(target, loadSettings.seconds);
	assertAllSucceeded(target.url, result, latencies.length);
	return {
		requestsPerSecond: latencies.length / result.duration,
		p95Ms: percentile(latencies, 95),
		requests: latencies.length
	};
}
