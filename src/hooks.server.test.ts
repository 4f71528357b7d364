// While the database cannot be reached, every door answers 503 with Retry-After, calmly, in the
// reader's language, and a form post that failed can be sent again as it was typed.
import type { RequestEvent } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { handleError } from './hooks.server.js';
import { publicActor } from '#lib/server/auth/actor.js';
import { DomainError } from '#lib/server/errors.js';
import { logger } from '#lib/server/logger.js';
import { resolveActor } from '#lib/server/web/actor.js';
import { databaseOutage, keepPostedForm } from '#lib/server/web/unavailable.js';

const refused = () =>
	new Error('Failed query: select …', {
		cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' })
	});

function fakeEvent(url: string, init: RequestInit = {}): RequestEvent {
	const request = new Request(url, init);
	// Browsers send the length of a form post; a Request built here does not.
	if (typeof init.body === 'string')
		request.headers.set('content-length', String(Buffer.byteLength(init.body)));
	return {
		request,
		url: new URL(url),
		locals: { actor: publicActor, requestId: 'req-1' },
		params: {},
		route: { id: null }
	} as unknown as RequestEvent;
}

const survey = () =>
	fakeEvent('http://localhost:3000/s/abc?/save', {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'fr' },
		body: new URLSearchParams([
			['q1', 'Une réponse tapée'],
			['q2', 'a'],
			['q2', 'b'],
			['password', 'never echoed']
		]).toString()
	});

const handled = (error: unknown, event = fakeEvent('http://localhost:3000/directory/people')) =>
	handleError({ kind: 'unknown', error, event } as Parameters<typeof handleError>[0]);

describe('handleError with a domain refusal', () => {
	it('gives the error page the refusal’s status and code, and logs no error', async () => {
		const logged = vi.spyOn(logger, 'error');
		for (const [code, status] of [
			['unauthenticated', 401],
			['forbidden', 403],
			['not_found', 404],
			['gone', 410]
		] as const) {
			expect(await handled(new DomainError(code, 'not allowed to read this person'))).toEqual({
				status,
				message: code,
				code,
				requestId: 'req-1'
			});
		}
		expect(logged).not.toHaveBeenCalled();
		logged.mockRestore();
	});

	it('says why a query was refused, in the reader’s language, each problem once', async () => {
		const refusal = new DomainError('invalid', 'invalid input', {
			fields: { q: ['control_characters'], 'filters.q': ['control_characters'], page: ['invalid_page'] }
		});
		expect(await handled(refusal)).toEqual({
			status: 400,
			message: 'invalid',
			code: 'invalid',
			requestId: 'req-1',
			problems: [
				'This search contains invisible control characters: type it again without them.',
				expect.any(String)
			]
		});
	});
});

describe('handleError with the database out of reach', () => {
	it('answers 503 and offers to send the posted answers again, passwords left out', async () => {
		const event = survey();
		event.locals.postedForm = keepPostedForm(event.request);
		await event.request.formData(); // the action read the original
		const body = await handleError({ kind: 'unknown', error: refused(), event } as Parameters<
			typeof handleError
		>[0]);
		expect(body).toEqual({
			status: 503,
			message: 'unavailable',
			code: 'unavailable',
			requestId: 'req-1',
			retry: [
				['q1', 'Une réponse tapée'],
				['q2', 'a'],
				['q2', 'b']
			]
		});
	});

	it('keeps a bug a 500', async () => {
		const event = fakeEvent('http://localhost:3000/');
		const body = await handleError({ kind: 'unknown', error: new TypeError('bug'), event } as Parameters<
			typeof handleError
		>[0]);
		expect(body).toMatchObject({ message: 'unexpected' });
		expect(body).not.toHaveProperty('status');
	});
});

describe('databaseOutage with the database out of reach', () => {
	const saved = process.env.DATABASE_URL;
	// Nothing listens on port 1: every connection is refused at once.
	beforeAll(() => void (process.env.DATABASE_URL = 'postgres://mhub:x@127.0.0.1:1/mhub'));
	afterAll(() => void (process.env.DATABASE_URL = saved));

	// What the hooks after databaseOutage do first: read who is asking (session or token).
	const unreachable = async (event: RequestEvent): Promise<Response> => {
		event.locals.actor = await resolveActor(event);
		throw new Error('the page must not run');
	};

	it('tells a signed-in reader, in their language, when their session cannot be read', async () => {
		const event = fakeEvent('http://localhost:3000/programmes', {
			headers: { cookie: 'better-auth.session_token=abc', 'accept-language': 'fr' }
		});
		// The session lookup needs SvelteKit's request store: its failure is what it would throw.
		const response = await databaseOutage({
			event,
			resolve: () => {
				throw refused();
			}
		});
		expect(response.status).toBe(503);
		expect(response.headers.get('retry-after')).toBe('5');
		const html = await response.text();
		expect(html).toContain('lang="fr"');
		expect(html).toContain('La base de données est injoignable');
	});

	it('answers an API client whose token cannot be checked with a 503 problem', async () => {
		const event = fakeEvent('http://localhost:3000/api/v1/people', {
			headers: { authorization: 'Bearer mhub_abc', accept: 'application/json' }
		});
		const response = await databaseOutage({ event, resolve: unreachable });
		expect(response.status).toBe(503);
		expect(response.headers.get('retry-after')).toBe('5');
		expect(await response.json()).toMatchObject({ error: { code: 'unavailable' } });
	});

	it('adds Retry-After to the 503 pages SvelteKit renders', async () => {
		const event = fakeEvent('http://localhost:3000/s/abc');
		const response = await databaseOutage({
			event,
			resolve: async () => new Response('page', { status: 503 })
		});
		expect(response.headers.get('retry-after')).toBe('5');
	});
});
