import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { publicActor, type Actor } from '../auth/actor.js';
import { securityHeaders } from './security-headers.js';

async function headersFor(url: string, actor: Actor): Promise<Headers> {
	const event = { url: new URL(url), locals: { actor } } as unknown as RequestEvent;
	const response = await securityHeaders({
		event,
		resolve: async () => new Response('<p>page</p>', { headers: { 'cache-control': 'public, max-age=60' } })
	});
	return response.headers;
}

const signedIn = { kind: 'user', userId: 'u1', grants: [] } as unknown as Actor;

describe('securityHeaders', () => {
	it('refuses framing and sniffing and keeps addresses from other sites', async () => {
		const headers = await headersFor('http://localhost:3000/', publicActor);
		expect(headers.get('x-frame-options')).toBe('DENY');
		expect(headers.get('x-content-type-options')).toBe('nosniff');
		expect(headers.get('referrer-policy')).toBe('same-origin');
	});

	it('asks for https from then on only when the request came over https', async () => {
		expect((await headersFor('http://localhost:3000/', publicActor)).has('strict-transport-security')).toBe(
			false
		);
		expect(
			(await headersFor('https://mhub.example.org/', publicActor)).get('strict-transport-security')
		).toBe('max-age=31536000');
	});

	it('keeps what a signed-in person sees out of every cache, and public pages cacheable', async () => {
		expect((await headersFor('https://mhub.example.org/account', signedIn)).get('cache-control')).toBe(
			'no-store'
		);
		expect((await headersFor('https://mhub.example.org/', publicActor)).get('cache-control')).toBe(
			'public, max-age=60'
		);
	});
});
