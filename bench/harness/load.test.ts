import { describe, expect, it } from 'vitest';
import { autocannonOptions, loadSettings, unexpectedAnswers } from './load.js';

describe('what autocannon is asked', () => {
	it('reads one URL with the goal’s connections when there is no body', () => {
		const options = autocannonOptions({ url: 'http://h/x', headers: { cookie: 'a=b' } }, 10);
		expect(options).toEqual({
			url: 'http://h/x',
			headers: { cookie: 'a=b' },
			connections: loadSettings.connections,
			duration: 10
		});
	});

	it('posts a body made anew for every request, keeping what autocannon filled in', () => {
		let sent = 0;
		const options = autocannonOptions({ url: 'http://h/e/1', post: { body: () => `email=p${++sent}@x` } }, 2);
		expect(options.method).toBe('POST');
		const [request] = options.requests!;
		const first = request.setupRequest!({ path: '/e/1', headers: { origin: 'http://h' } });
		const second = request.setupRequest!({ path: '/e/1', headers: { origin: 'http://h' } });
		expect(first).toEqual({ path: '/e/1', headers: { origin: 'http://h' }, body: 'email=p1@x' });
		expect(second.body).toBe('email=p2@x');
	});
});

describe('answers that spoil a figure', () => {
	const answers = (statusCodeStats: Record<string, { count: number }>, non2xx = 0) => ({
		errors: 0,
		timeouts: 0,
		non2xx,
		statusCodeStats
	});

	it('are, by default, every answer outside 2xx', () => {
		expect(unexpectedAnswers(answers({ 200: { count: 90 }, 201: { count: 5 } }))).toBe(0);
		expect(unexpectedAnswers(answers({ 200: { count: 90 }, 500: { count: 3 } }, 3))).toBe(3);
	});

	it('are every answer but the expected status, when there is one (a form’s 303 redirect)', () => {
		expect(unexpectedAnswers(answers({ 303: { count: 80 } }, 80), 303)).toBe(0);
		expect(
			unexpectedAnswers(answers({ 303: { count: 80 }, 200: { count: 2 }, 400: { count: 1 } }, 81), 303)
		).toBe(3);
	});

	it('count errors and timeouts too', () => {
		expect(unexpectedAnswers({ ...answers({ 303: { count: 5 } }), errors: 2, timeouts: 1 }, 303)).toBe(3);
	});
});
