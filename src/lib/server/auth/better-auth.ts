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

export function createAuth(secret: string, plugins: BetterAuthPlugin[] = []) {
	return betterAuth({
		secret,
		database: drizzleAdapter(db(), { provider: 'pg', schema: { user, session, account, verification } }),
		emailAndPassword: {
			enabled: true,
			disableSignUp: true,
			minPasswordLength: 10,
			password: { hash: hashPassword, verify: ({ hash, password }) => verifyPassword(hash, password) }
		},
		session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
		rateLimit: { enabled: false },
		telemetry: { enabled: false },
		plugins
	});
}

export type Auth = ReturnType<typeof createAuth>;
