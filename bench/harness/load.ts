// Load: many keep-alive connections asking for one URL as fast as it answers (autocannon); and
// latency one request at a time, for pages too heavy to load with many connections at once.
import autocannon, { type Options, type Result } from 'autocannon';
import { percentile } from './percentile.js';

export type LoadTarget = {
	url: string;
	headers?: Record<string, string>;
	/**
	 * A POST instead of a GET, its body made anew for every request (a new email per registration),
	 * and its path too when `path` is given (read after the body: another panellist's page each time).
	 */
	post?: { body: () => string; path?: () => string };
	/** The status every answer must have (a form's redirect is 303); by default any 2xx. */
	status?: number;
};

export type LoadResult = { requestsPerSecond: number; p95Ms: number; requests: number };

export const loadSettings = {
	/** The connections of the goal: 16, kept alive. */
	connections: 16,
	/** Untimed first seconds: the JIT, the connection pools and PostgreSQL's caches warm up. */
	warmUpSeconds: 2,
	seconds: 10
};

/** What autocannon is asked to do for `target`. */
export function autocannonOptions(target: LoadTarget, seconds: number): Options {
	const options: Options = {
		url: target.url,
		headers: target.headers,
		connections: loadSettings.connections,
		duration: seconds
	};
	if (!target.post) return options;
	const { body, path } = target.post;
	return {
		...options,
		method: 'POST',
		requests: [
			{
				setupRequest: (request) => {
					const next = { ...request, body: body() };
					return path ? { ...next, path: path() } : next;
				}
			}
		]
	};
}

function hammer(target: LoadTarget, seconds: number): Promise<{ result: Result; latencies: number[] }> {
	const latencies: number[] = [];
	return new Promise((resolve, reject) => {
		const instance = autocannon(autocannonOptions(target, seconds), (error, result) =>
			error ? reject(error) : resolve({ result, latencies })
		);
		instance.on('response', (_client: unknown, _status: number, _bytes: number, milliseconds: number) => {
			latencies.push(milliseconds);
		});
	});
}

/** Answers that are not what `status` expects (by default: any 2xx), plus errors and timeouts. */
export function unexpectedAnswers(
	result: Pick<Result, 'errors' | 'timeouts' | 'non2xx' | 'statusCodeStats'>,
	status?: number
): number {
	const wrongStatus =
		status === undefined
			? result.non2xx
			: Object.entries(result.statusCodeStats)
					.filter(([code]) => Number(code) !== status)
					.reduce((sum, [, { count }]) => sum + count, 0);
	return wrongStatus + result.errors + result.timeouts;
}

/** A figure under load is only worth reporting when every answer was the one expected. */
function assertAllSucceeded(target: LoadTarget, result: Result, completed: number): void {
	if (unexpectedAnswers(result, target.status) === 0 && completed > 0) return;
	const statuses = Object.entries(result.statusCodeStats)
		.map(([status, { count }]) => `${count} × ${status}`)
		.join(', ');
	throw new Error(
		`${target.url} failed under load: expected ${target.status ?? '2xx'}, got ${statuses || 'no answer'}; ` +
			`${result.errors} errors, ${result.timeouts} timeouts`
	);
}

/** Warms up, then measures requests per second and the 95th percentile latency. */
export async function measureLoad(target: LoadTarget): Promise<LoadResult> {
	const warmUp = await hammer(target, loadSettings.warmUpSeconds);
	assertAllSucceeded(target, warmUp.result, warmUp.latencies.length);
	const { result, latencies } = await hammer(target, loadSettings.seconds);
	assertAllSucceeded(target, result, latencies.length);
	return {
		requestsPerSecond: latencies.length / result.duration,
		p95Ms: percentile(latencies, 95),
		requests: latencies.length
	};
}

/** Milliseconds from sending a GET to the last byte of its answer, which must be a 200. */
async function timedGet(url: string, headers: Record<string, string>): Promise<number> {
	const started = performance.now();
	const response = await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(30_000) });
	await response.arrayBuffer();
	const milliseconds = performance.now() - started;
	if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
	return milliseconds;
}

/**
 * The 95th percentile latency of `count` GETs sent one after another on one keep-alive connection,
 * after a few untimed ones (the JIT and PostgreSQL's caches warm up).
 */
export async function measureSequential(
	target: Pick<LoadTarget, 'url' | 'headers'>,
	count: number,
	warmUp = 3
): Promise<{ p95Ms: number; requests: number }> {
	const latencies: number[] = [];
	for (let i = 0; i < warmUp + count; i++) {
		const milliseconds = await timedGet(target.url, target.headers ?? {});
		if (i >= warmUp) latencies.push(milliseconds);
	}
	return { p95Ms: percentile(latencies, 95), requests: latencies.length };
}
