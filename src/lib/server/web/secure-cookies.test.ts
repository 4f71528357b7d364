import { describe, expect, it } from 'vitest';
import { usesSecureCookies } from './secure-cookies.js';

describe('usesSecureCookies', () => {
	it('is on for a request over https', () => {
		expect(usesSecureCookies(new URL('https://mhub.example.org/sign-in'), undefined)).toBe(true);
	});

	it('is off over plain http, on a LAN address or this machine, whatever the build', () => {
		expect(usesSecureCookies(new URL('http://192.168.1.20:3000/sign-in'), undefined)).toBe(false);
		expect(usesSecureCookies(new URL('http://localhost:3000/sign-in'), 'http://localhost:3000')).toBe(false);
		expect(usesSecureCookies(new URL('http://192.168.1.20:3000/sign-in'), 'https://mhub.example.org')).toBe(
			false
		);
	});

	it('is on for the https public address even when the proxy in front is not trusted to say so', () => {
		expect(usesSecureCookies(new URL('http://mhub.example.org/sign-in'), 'https://mhub.example.org')).toBe(
			true
		);
	});
});
