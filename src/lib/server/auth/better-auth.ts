// better-auth: password sign-in and sessions. Accounts are created by MHub itself (invitations,
// create-admin), so sign-up is off; throttling of failed sign-ins is MHub's own (sign-in.ts).
import { randomBytes } from 'node:crypto';
import { betterAuth, type BetterAuthPlugin } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { sql } from 'drizzle-orm';
import { db } from '../db/client.js';
import { account, session, user, verification } from '../db/schema/auth.js';
import { appSetting } from '../db/schema/system.js';
import { hashPassword, verifyPassword } from './passwords.js';

/** The signing secret, made once and kept in the database so that every instance shares it. */
export async function authSecret(): Promise<string> {
	const candidate = randomBytes(32).toString('base64url');
	await db().insert(appSetting).values({ key: 'auth_secret', value: candidate }).onConflictDoNothing();
	const [row] = await db()
		.select({ value: appSetting.value })
		.from(appSetting)
		.where(sql`${appSetting.key} = 'auth_secret'`);
	return row.value as string;
}

/**
 * `secureCookies` marks the session cookies Secure (and names them `__Secure-better-auth.…`): only for
 * requests made over https, where a browser keeps such cookies. better-auth would otherwise decide
 * from NODE_ENV, which says nothing about how the browser reached MHub.
 */
export function createAuth(secret: string, plugins: BetterAuthPlugin[] = [], secureCookies = false) {
	return betterAuth({
		secret,
		advanced: { useSecureCookies: secureCookies },
		database: drizzleAdapter(db(), { provider: 'pg', schema: { user, session, account, verification } }),
		emailAndPassword: {
			enabled: true,
			disableSignUp: true,
			minPasswordLength: 10,
			password: { hash: hashPassword, verify: ({ hash, password }) => verifyPassword(hash, password) }
		},
		session: {
			expiresIn: 60 * 60 * 24 * 14,
			updateAge: 60 * 60 * 24,
			// A signed cookie caching the session for five minutes spares every signed-in request
			// better-auth's own session query. It is only trusted to say which session the browser
			// holds: the actor is loaded by that session's token in one statement that also requires
			// the session row to be live (session-actor.ts), so signing out, a password reset or a
			// deleted account still end access at the next request. The cost: better-auth extends a
			// session's expiry only when its cache is refreshed, at most five minutes late.
			cookieCache: { enabled: true, maxAge: 5 * 60 }
		},
		rateLimit: { enabled: false },
		telemetry: { enabled: false },
		plugins
	});
}

export type Auth = ReturnType<typeof createAuth>;
