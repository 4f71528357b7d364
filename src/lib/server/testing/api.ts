// For database tests of the API: accounts with roles, and requests sent to route handlers in-process.
import { publicActor, type Actor, type Role, type UserActor } from '../auth/actor.js';
import { createUserWithPassword, loadActor } from '../auth/users.js';
import { db } from '../db/client.js';
import { roleGrant } from '../db/schema/auth.js';
import type { ApiEvent } from '../api/operation.js';

let accounts = 0;

/** A new account holding one role grant (for the given countries, or the whole platform). */
export async function actorWithRole(role: Role, countryCodes?: string[]): Promise<UserActor> {
	accounts += 1;
	const userId = await createUserWithPassword(db(), {
		email: `${role}-${accounts}@api.test`,
		name: `${role} ${accounts}`,
		password: 'long enough password'
	});
	await db()
		.insert(roleGrant)
		.values({ userId, role, countryCodes: countryCodes ?? null });
	return (await loadActor(userId))!;
}

export type ApiRequest = {
	method?: 'GET' | 'POST' | 'PATCH';
	/** Below /api/v1, query string included. */
	path: string;
	params?: Record<string, string>;
	actor?: Actor;
	/** Sent as JSON unless it is already a string. */
	body?: unknown;
	headers?: Record<string, string>;
};

export type ApiAnswer = { status: number; headers: Headers; body: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON read by assertions

/** Sends a request to a route handler the way SvelteKit would, and reads its JSON answer. */
export async function send(
	handler: (event: ApiEvent) => Response | Promise<Response>,
	request: ApiRequest
): Promise<ApiAnswer> {
	const url = new URL(`http://mhub.test/api/v1${request.path}`);
	const hasBody = request.body !== undefined;
	const response = await handler({
		url,
		params: request.params ?? {},
		request: new Request(url, {
			method: request.method ?? 'GET',
			headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...request.headers },
			body: hasBody
				? typeof request.body === 'string'
					? request.body
					: JSON.stringify(request.body)
				: undefined
		}),
		locals: { actor: request.actor ?? publicActor, requestId: 'test-request' }
	});
	return { status: response.status, headers: response.headers, body: await response.json() };
}
