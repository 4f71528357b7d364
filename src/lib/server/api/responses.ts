// JSON responses of the API. Nothing is cached: answers depend on who asks and may hold personal data.
import { problemFrom } from './problems.js';

const commonHeaders = {
	'content-type': 'application/json; charset=utf-8',
	'cache-control': 'no-store',
	'x-content-type-options': 'nosniff'
};

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify(body), { status, headers: { ...commonHeaders, ...headers } });
}

export function errorResponse(error: unknown, requestId?: string): Response {
	const problem = problemFrom(error, requestId);
	return jsonResponse(problem.status, problem.body, problem.headers);
}
