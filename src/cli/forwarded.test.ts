import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { settleForwardedHeaders, trustedProxy } from './forwarded.js';

function request(remoteAddress: string, headers: Record<string, string>): IncomingMessage {
	return { socket: { remoteAddress }, connection: { remoteAddress }, headers } as unknown as IncomingMessage;
}

const hostile = {
	host: 'mhub.example.org',
	'x-forwarded-proto': 'https',
	'x-forwarded-host': 'evil.example',
	'x-forwarded-for': '203.0.113.66'
};

describe('settleForwardedHeaders', () => {
	it('replaces what an untrusted peer claims by what this server sees', () => {
		const req = request('198.51.100.7', { ...hostile });
		settleForwardedHeaders(req, trustedProxy([]));
		expect(req.headers).toMatchObject({
			'x-forwarded-proto': 'http',
			'x-forwarded-host': 'mhub.example.org',
			'x-forwarded-for': '198.51.100.7'
		});
	});

	it('believes a configured proxy, and takes the client from behind it', () => {
		const req = request('10.0.0.5', {
			...hostile,
			'x-forwarded-host': 'mhub.example.org',
			'x-forwarded-for': '203.0.113.66, 10.0.0.9'
		});
		settleForwardedHeaders(req, trustedProxy(['10.0.0.0/8']));
		expect(req.headers).toMatchObject({
			'x-forwarded-proto': 'https',
			'x-forwarded-host': 'mhub.example.org',
			'x-forwarded-for': '203.0.113.66'
		});
	});

	it('falls back to the Host header and plain http when the proxy says nothing', () => {
		const req = request('127.0.0.1', { host: 'localhost:3000' });
		settleForwardedHeaders(req, trustedProxy(['loopback']));
		expect(req.headers).toMatchObject({
			'x-forwarded-proto': 'http',
			'x-forwarded-host': 'localhost:3000',
			'x-forwarded-for': '127.0.0.1'
		});
	});
});

describe('trustedProxy', () => {
	it('refuses an entry that is no address with a sentence naming the variable', () => {
		expect(() => trustedProxy(['proxy.example.org'])).toThrow(/MHUB_TRUSTED_PROXY/);
	});
});
