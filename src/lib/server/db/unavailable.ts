// Errors that mean "the database cannot be reached right now" rather than a bug: they are answered
// 503 with Retry-After (pages, form posts and the API), and the request can simply be tried again.

/** How long clients are told to wait before trying again. */
export const retryAfterSeconds = 5;

const unavailableCodes = new Set([
	// The socket: refused (server down), cut, or the host unreachable.
	'ECONNREFUSED',
	'ECONNRESET',
	'EPIPE',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'EAI_AGAIN',
	// PostgreSQL: connection exceptions (class 08), too many connections, shutting down or starting.
	'08000',
	'08001',
	'08003',
	'08004',
	'08006',
	'53300',
	'57P01', // admin_shutdown
	'57P02', // crash_shutdown
	'57P03', // cannot_connect_now
	'57014' // query_canceled: the statement timeout of a frozen or overloaded server
]);

// node-postgres and pg-pool report timeouts and lost connections as plain messages.
const unavailableMessages = [
	/^Connection terminated/,
	/^timeout exceeded when trying to connect$/,
	/^Query read timeout$/,
	/^Client has encountered a connection error and is not queryable$/,
	/^Client was closed and is not queryable$/
];

/** Whether `error` (or what caused it: Drizzle wraps driver errors) says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
	for (let cause = error, depth = 0; cause && depth < 5; depth++) {
		const { code, message } = cause as { code?: unknown; message?: unknown };
		if (typeof code === 'string' && unavailableCodes.has(code)) return true;
		if (typeof message === 'string' && unavailableMessages.some((pattern) => pattern.test(message)))
			return true;
		if (cause instanceof AggregateError && cause.errors.some(isDatabaseUnavailable)) return true;
		cause = (cause as { cause?: unknown }).cause;
	}
	return false;
}
