import { describe, expect, it } from 'vitest';
import { DomainError, errorStatus } from '../errors.js';
import { logger } from '../logger.js';
import { ErrorBodySchema } from './envelopes.js';
import { problemFrom, RequestProblem } from './problems.js';
import { errorResponse } from './responses.js';

describe('problemFrom', () => {
	it.each(Object.entries(errorStatus))('answers the domain code %s with status %i', (code, status) => {
		const problem = problemFrom(new DomainError(code as keyof typeof errorStatus));
		expect(problem.status).toBe(status);
		expect(problem.body.error.code).toBe(code);
		expect(problem.body.error.message.length).toBeGreaterThan(10);
		expect(ErrorBodySchema.safeParse(problem.body).success).toBe(true);
	});

	it('passes field errors through, so a client can show them beside its fields', () => {
		const problem = problemFrom(
			new DomainError('invalid', 'invalid input', { fields: { 'name.en': ['required'] } })
		);
		expect(problem).toMatchObject({
			status: 400,
			body: { error: { code: 'invalid', fields: { 'name.en': ['required'] } } }
		});
	});

	it("turns the domain's own phrase into the message when it has one", () => {
		const problem = problemFrom(new DomainError('forbidden', 'organisation outside your countries'));
		expect(problem.body.error.message).toBe('Organisation outside your countries.');
	});

	it('challenges an unauthenticated client to send a bearer token', () => {
		expect(problemFrom(new DomainError('unauthenticated')).headers).toEqual({
			'www-authenticate': 'Bearer realm="MHub"'
		});
	});

	it.each([
		['malformed_json', 400],
		['invalid_token', 401],
		['method_not_allowed', 405],
		['payload_too_large', 413],
		['unsupported_media_type', 415]
	] as const)('answers the request problem %s with status %i', (code, status) => {
		const problem = problemFrom(new RequestProblem(code, 'explained', { 'x-extra': 'kept' }));
		expect(problem).toEqual({
			status,
			body: { error: { code, message: 'explained' } },
			headers: { 'x-extra': 'kept' }
		});
	});

	it('answers a bug with 500 and the request id, logs it, and leaks nothing of it', () => {
		const logged: unknown[] = [];
		const original = logger.error;
		logger.error = ((...args: unknown[]) => void logged.push(args)) as typeof logger.error;
		try {
			const problem = problemFrom(new Error('password=hunter2 in a stack trace'), 'req-42');
			expect(problem.status).toBe(500);
			expect(problem.body.error).toMatchObject({ code: 'unexpected', requestId: 'req-42' });
			expect(JSON.stringify(problem.body)).not.toContain('hunter2');
			expect(logged).toHaveLength(1);
		} finally {
			logger.error = original;
		}
	});
});

describe('problemFrom with the database out of reach', () => {
	it('answers 503 with Retry-After, a code clients can act on and no error log', () => {
		const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
		const problem = problemFrom(new Error('Failed query: select 1', { cause: refused }), 'req-7');
		expect(problem.status).toBe(503);
		expect(problem.headers).toEqual({ 'retry-after': '5' });
		expect(problem.body.error).toMatchObject({ code: 'unavailable', requestId: 'req-7' });
		expect(problem.body.error.message).toMatch(/try again in 5 seconds/);
		expect(ErrorBodySchema.safeParse(problem.body).success).toBe(true);
	});
});

describe('errorResponse', () => {
	it('is JSON that is never cached', async () => {
		const response = errorResponse(new DomainError('not_found'));
		expect(response.status).toBe(404);
		expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(await response.json()).toEqual({ error: { code: 'not_found', message: 'No such record.' } });
	});
});
