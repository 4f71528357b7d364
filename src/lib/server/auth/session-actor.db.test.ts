import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db/client.js';
import { roleGrant, session } from '../db/schema/auth.js';
import { useTestDatabase } from '../testing/database.js';
import { countStatements } from '../testing/statements.js';
import { publicActor } from './actor.js';
import { actorForApiToken, createApiToken } from './api-tokens.js';
import { authSecret, createAuth, type Auth } from './better-auth.js';
import { actorForSession } from './session-actor.js';
import { createUserWithPassword, loadActor } from './users.js';

useTestDatabase();

let auth: Auth;
beforeAll(async () => {
	auth = createAuth(await authSecret());
});

const sessionToken = 'better-auth.session_token';
const sessionCache = 'better-auth.session_data';

let counter = 0;
/** A trainer for Greece, signed in: the cookies a browser would send back, by name. */
async function signedInTrainer(): Promise<{ userId: string; cookies: Map<string, string> }> {
	const email = `trainer-${++counter}@example.org`;
	const userId = await createUserWithPassword(db(), { email, name: 'Tamar', password: 'a long password' });
	await db()
		.insert(roleGrant)
		.values({ userId, role: 'trainer', countryCodes: ['GR'] });
	const { headers } = await auth.api.signInEmail({
		body: { email, password: 'a long password' },
		headers: new Headers(),
		returnHeaders: true
	});
	const cookies = new Map(
		headers.getSetCookie().map((line) => {
			const [pair] = line.split(';');
			const at = pair.indexOf('=');
			return [pair.slice(0, at), pair.slice(at + 1)] as const;
		})
	);
	return { userId, cookies };
}

const requestWith = (cookies: Map<string, string>, ...names: string[]) =>
	new Headers({ cookie: names.map((name) => `${name}=${cookies.get(name)}`).join('; ') });

describe('the actor of a signed-in request', () => {
	it('is loaded in one statement while the session cache cookie is fresh', async () => {
		const { userId, cookies } = await signedInTrainer();
		expect(cookies.has(sessionCache)).toBe(true);
		const { result, statements } = await countStatements(() =>
			actorForSession(auth, requestWith(cookies, sessionToken, sessionCache))
		);
		expect(statements).toBe(1);
		expect(result).toEqual({
			kind: 'user',
			userId,
			name: 'Tamar',
			email: `trainer-${counter}@example.org`,
			grants: [{ role: 'trainer', scope: { kind: 'countries', countryCodes: ['GR'] } }]
		});
		expect(result).toEqual(await loadActor(userId));
	});

	it('is the same without the cache cookie, better-auth then reading the session and the user', async () => {
		const { userId, cookies } = await signedInTrainer();
		const { result, statements } = await countStatements(() =>
			actorForSession(auth, requestWith(cookies, sessionToken))
		);
		expect(result).toEqual(await loadActor(userId));
		// better-auth's session, then its user (the Drizzle adapter does not join them), then the actor.
		expect(statements).toBe(3);
	});

	it('is public at once after signing out, even with the old cookies replayed', async () => {
		const { cookies } = await signedInTrainer();
		const browser = requestWith(cookies, sessionToken, sessionCache);
		await auth.api.signOut({ headers: browser });
		expect(await actorForSession(auth, browser)).toEqual(publicActor);
	});

	it("is public at once when the user's sessions are deleted (as a password reset does)", async () => {
		const { userId, cookies } = await signedInTrainer();
		const browser = requestWith(cookies, sessionToken, sessionCache);
		expect((await actorForSession(auth, browser)).kind).toBe('user');
		await db().delete(session).where(eq(session.userId, userId));
		expect(await actorForSession(auth, browser)).toEqual(publicActor);
	});

	it('is public once the session has expired in the database', async () => {
		const { userId, cookies } = await signedInTrainer();
		await db()
			.update(session)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(session.userId, userId));
		expect(await actorForSession(auth, requestWith(cookies, sessionToken, sessionCache))).toEqual(
			publicActor
		);
	});

	it('loses a revoked grant at the next request, whatever the cache cookie holds', async () => {
		const { userId, cookies } = await signedInTrainer();
		const browser = requestWith(cookies, sessionToken, sessionCache);
		await db().delete(roleGrant).where(eq(roleGrant.userId, userId));
		expect(await actorForSession(auth, browser)).toMatchObject({ kind: 'user', userId, grants: [] });
	});

	it('is public with a session token whose signature does not match', async () => {
		const { cookies } = await signedInTrainer();
		const [token] = cookies.get(sessionToken)!.split('.');
		const forged = new Map(cookies).set(sessionToken, `${token}.${'A'.repeat(43)}%3D`);
		expect(await actorForSession(auth, requestWith(forged, sessionToken, sessionCache))).toEqual(publicActor);
		expect(await actorForSession(auth, requestWith(forged, sessionToken))).toEqual(publicActor);
	});
});

describe('the actor of an API request', () => {
	it('is loaded, and the token marked used, in one statement', async () => {
		const { userId } = await signedInTrainer();
		const owner = (await loadActor(userId))!;
		const { token } = await createApiToken(owner, { name: 'script' });
		const { result, statements } = await countStatements(() => actorForApiToken(token));
		expect(statements).toBe(1);
		expect(result).toEqual(owner);
	});
});
