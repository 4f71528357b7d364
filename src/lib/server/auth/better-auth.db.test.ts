import { describe, expect, it, vi } from 'vitest';
import { db } from '../db/client.js';
import { useTestDatabase } from '../testing/database.js';
import { authSecret, createAuth } from './better-auth.js';
import { actorForSession } from './session-actor.js';
import { createUserWithPassword } from './users.js';

// As in the process that `npm start` built in: better-auth's own choice follows NODE_ENV.
vi.hoisted(() => {
	process.env.NODE_ENV = 'production';
});

useTestDatabase();

let counter = 0;
async function signInWith(secureCookies: boolean) {
	const auth = createAuth(await authSecret(), [], secureCookies);
	const email = `cookie-${++counter}@example.org`;
	await createUserWithPassword(db(), { email, name: 'Cora', password: 'a long password' });
	const { headers } = await auth.api.signInEmail({
		body: { email, password: 'a long password' },
		headers: new Headers(),
		returnHeaders: true
	});
	const setCookies = headers.getSetCookie();
	const cookie = setCookies.map((line) => line.split(';')[0]).join('; ');
	return { auth, setCookies, cookie };
}

describe('session cookies', () => {
	it('are not Secure over plain http, whatever NODE_ENV says, so sign-in works on a LAN address', async () => {
		const { setCookies } = await signInWith(false);
		const session = setCookies.find((line) => line.startsWith('better-auth.session_token='));
		expect(session).toBeDefined();
		expect(session).not.toMatch(/;\s*Secure/i);
	});

	it('are Secure and __Secure- named over https, and the session is found by that name', async () => {
		const { auth, setCookies, cookie } = await signInWith(true);
		const session = setCookies.find((line) => line.startsWith('__Secure-better-auth.session_token='));
		expect(session).toMatch(/;\s*Secure/i);
		const actor = await actorForSession(auth, new Headers({ cookie }));
		expect(actor.kind).toBe('user');
	});
});
