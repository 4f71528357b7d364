import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { publicActor, type Actor } from '../auth/actor.js';
import { DomainError } from '../errors.js';
import { itemEnvelope } from './envelopes.js';
import { arrayParameters, defineOperation, methodNotAllowed, serve, type ApiEvent } from './operation.js';
import { maxBodyBytes } from './request.js';

const user: Actor = { kind: 'user', userId: 'u1', name: 'U', email: 'u@example.org', grants: [] };

const Thing = z.object({ id: z.uuid(), parentId: z.uuid(), name: z.string() });
const received: unknown[] = [];
const createThing = defineOperation({
	id: 'createThing',
	method: 'POST',
	path: '/things/{id}/children',
	tag: 'organisations',
	access: 'signed_in',
	params: z.object({ id: z.uuid() }),
	query: z.object({ tag: z.array(z.string()).optional(), q: z.string().optional() }),
	body: { name: 'ThingCreate', schema: z.object({ name: z.string() }), example: { name: 'x' } },
	success: { status: 201, schema: itemEnvelope(Thing) },
	async run({ params, query, body }) {
		received.push({ params, query, body });
		if ((body as { name?: string }).name === 'boom') throw new Error('bug');
		if ((body as { name?: string }).name === 'taken') throw new DomainError('conflict', 'name taken');
		return { data: { id: childId, parentId: params.id, name: (body as { name: string }).name } };
	}
});

const id = '6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5';
const childId = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

function event(
	init: {
		actor?: Actor;
		body?: string;
		headers?: Record<string, string>;
		path?: string;
		search?: string;
	} = {}
): ApiEvent {
	const url = new URL(`http://mhub.test/api/v1/things/${init.path ?? id}/children${init.search ?? ''}`);
	return {
		url,
		params: { id: init.path ?? id },
		request: new Request(url, {
			method: 'POST',
			body: init.body ?? '{"name":"first"}',
			headers: { 'content-type': 'application/json', ...init.headers }
		}),
		locals: { actor: init.actor ?? user, requestId: 'req-1' }
	};
}

const handler = serve(createThing);
const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string } }).error;

describe('serve', () => {
	it('answers with the status, the result, the location of a new record, and no caching', async () => {
		const response = await handler(event({ search: '?tag=a&tag=b&q=x&q=y' }));
		expect(response.status).toBe(201);
		expect(response.headers.get('location')).toBe(`/api/v1/things/${id}/children/${childId}`);
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(await response.json()).toEqual({ data: { id: childId, parentId: id, name: 'first' } });
		expect(received.at(-1)).toEqual({
			params: { id },
			query: { tag: ['a', 'b'], q: 'x' },
			body: { name: 'first' }
		});
	});

	it('asks the public for credentials, with a bearer challenge', async () => {
		const response = await handler(event({ actor: publicActor }));
		expect(response.status).toBe(401);
		expect(response.headers.get('www-authenticate')).toBe('Bearer realm="MHub"');
		expect((await errorOf(response)).code).toBe('unauthenticated');
	});

	it('refuses a token that names no one, saying so in the challenge', async () => {
		const response = await handler(
			event({ actor: publicActor, headers: { authorization: 'Bearer mhub_dead' } })
		);
		expect(response.status).toBe(401);
		expect(response.headers.get('www-authenticate')).toBe('Bearer realm="MHub", error="invalid_token"');
		expect((await errorOf(response)).code).toBe('invalid_token');
	});

	it('answers 404 for a path parameter that cannot name a record, without calling the domain', async () => {
		const before = received.length;
		const response = await handler(event({ path: 'not-a-uuid' }));
		expect(response.status).toBe(404);
		expect(received).toHaveLength(before);
	});

	it('refuses a body that is not declared as JSON with 415', async () => {
		const response = await handler(
			event({ headers: { 'content-type': 'application/x-www-form-urlencoded' } })
		);
		expect(response.status).toBe(415);
		expect((await errorOf(response)).code).toBe('unsupported_media_type');
	});

	it('accepts JSON with a charset', async () => {
		const response = await handler(event({ headers: { 'content-type': 'application/json; charset=utf-8' } }));
		expect(response.status).toBe(201);
	});

	it('refuses malformed JSON with 400', async () => {
		const response = await handler(event({ body: '{"name": ' }));
		expect(response.status).toBe(400);
		expect(await errorOf(response)).toMatchObject({
			code: 'malformed_json',
			message: expect.stringContaining('not valid JSON')
		});
	});

	it('refuses an empty body with 400', async () => {
		const response = await handler(event({ body: '' }));
		expect(response.status).toBe(400);
		expect(await errorOf(response)).toMatchObject({
			code: 'malformed_json',
			message: 'The request body is empty.'
		});
	});

	it('refuses a body that is too large with 413', async () => {
		const response = await handler(event({ body: JSON.stringify({ name: 'x'.repeat(maxBodyBytes) }) }));
		expect(response.status).toBe(413);
	});

	it('answers domain refusals with their status', async () => {
		const response = await handler(event({ body: '{"name":"taken"}' }));
		expect(response.status).toBe(409);
		expect(await errorOf(response)).toEqual({ code: 'conflict', message: 'Name taken.' });
	});

	it('answers a bug with 500 and the request id', async () => {
		const response = await handler(event({ body: '{"name":"boom"}' }));
		expect(response.status).toBe(500);
		expect(await errorOf(response)).toMatchObject({ code: 'unexpected', requestId: 'req-1' });
	});
});

describe('methodNotAllowed', () => {
	it('answers 405 in JSON with the methods the path serves', async () => {
		const response = methodNotAllowed(['GET', 'POST'])(event());
		expect(response.status).toBe(405);
		expect(response.headers.get('allow')).toBe('GET, POST');
		expect((await errorOf(response)).code).toBe('method_not_allowed');
	});
});

describe('arrayParameters', () => {
	it('finds the query parameters that may repeat', () => {
		expect(arrayParameters(createThing.query)).toEqual(new Set(['tag']));
		expect(arrayParameters(undefined)).toEqual(new Set());
	});
});
