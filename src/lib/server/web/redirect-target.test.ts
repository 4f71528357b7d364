import { describe, expect, it } from 'vitest';
import { localRedirectTarget } from './redirect-target.js';

const origin = 'http://mhub.example:3000';

describe('localRedirectTarget', () => {
	it('keeps a path on this site, with its query and fragment', () => {
		expect(localRedirectTarget('/account', origin)).toBe('/account');
		expect(localRedirectTarget('/events?status=open#list', origin)).toBe('/events?status=open#list');
		expect(localRedirectTarget(`${origin}/programmes`, origin)).toBe('/programmes');
	});

	it.each([
		'/\\evil.example',
		'\\\\evil.example',
		'//evil.example',
		'///evil.example',
		'/\t/evil.example',
		'https://evil.example/account',
		'http://mhub.example:4000/account',
		'javascript:alert(1)',
		'JaVaScRiPt:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'http://[::1',
		''
	])('sends %j home', (target) => {
		expect(localRedirectTarget(target, origin)).toBe('/');
	});

	it('never gives a path a browser would read as another host', () => {
		for (const target of ['/.//evil.example', '/..//evil.example', '/%2e//evil.example']) {
			const result = localRedirectTarget(target, origin);
			expect(result.startsWith('//')).toBe(false);
			expect(new URL(result, origin).origin).toBe(origin);
		}
	});

	it('leaves encoded slashes encoded, inside this site', () => {
		expect(localRedirectTarget('/%2F%2Fevil.example', origin)).toBe('/%2F%2Fevil.example');
		expect(localRedirectTarget('/%5Cevil.example', origin)).toBe('/%5Cevil.example');
	});

	it('sends nothing home', () => {
		expect(localRedirectTarget(null, origin)).toBe('/');
		expect(localRedirectTarget(undefined, origin)).toBe('/');
	});
});
