// The part of autocannon's API the bench uses (the package ships no types).
declare module 'autocannon' {
	import type { EventEmitter } from 'node:events';

	/** One request as autocannon builds it; `setupRequest` may change it before each sending. */
	export type Request = {
		method?: 'GET' | 'POST';
		path?: string;
		headers?: Record<string, string>;
		body?: string;
		setupRequest?: (request: Request) => Request;
	};

	export type Options = {
		url: string;
		method?: 'GET' | 'POST';
		connections?: number;
		/** Seconds. */
		duration?: number;
		headers?: Record<string, string>;
		/** Sent in turn by each connection; each inherits method, headers and path from the options. */
		requests?: Request[];
		/** Seconds without a response before a request counts as timed out. */
		timeout?: number;
	};

	export type Result = {
		/** Seconds, as measured by autocannon. */
		duration: number;
		errors: number;
		timeouts: number;
		/** Answers outside 200–299 (a redirect counts). */
		non2xx: number;
		resets: number;
		statusCodeStats: Record<string, { count: number }>;
	};

	/** Emits 'response' (client, statusCode, bytes, milliseconds) for every response. */
	export type Instance = EventEmitter;

	export default function autocannon(
		options: Options,
		done: (error: Error | null, result: Result) => void
	): Instance;
}
