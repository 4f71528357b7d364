// The part of autocannon's API the bench uses (the package ships no types).
declare module 'autocannon' {
	import type { EventEmitter } from 'node:events';

	export type Options = {
		url: string;
		connections?: number;
		/** Seconds. */
		duration?: number;
		headers?: Record<string, string>;
		/** Seconds without a response before a request counts as timed out. */
		timeout?: number;
	};

	export type Result = {
		/** Seconds, as measured by autocannon. */
		duration: number;
		errors: number;
		timeouts: number;
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
