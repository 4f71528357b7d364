// How the bench gets in, like a real client would: an API token made through the domain function
// (as the account page does), and a session from signing in through the sign-in form.
import { eq } from 'drizzle-orm';
import { createApiToken } from '#lib/server/auth/api-tokens.js';
import { loadActor } from '#lib/server/auth/users.js';
import { db } from '#lib/server/db/client.js';
import { user } from '#lib/server/db/schema/auth.js';
import type { BrowserCookie } from './page-weight.js';

/** Demo data (MHUB_DEMO=1): every account has this password. */
const demoPassword = 'mhub-demo-2026';

/** A personal API token of the demo account `email`. Needs DATABASE_URL pointing at MHub's database. */
export async function createBenchApiToken(email: string): Promise<string> {
	const [found] = await db().select({ id: user.id }).from(user).where(eq(user.email, email));
	const actor = found && (await loadActor(found.id));
	if (!actor) throw new Error(`no account ${email}: did MHub load its demo data?`);
	const { token } = await createApiToken(actor, { name: 'Benchmark' });
	return token;
}

/** Signs in through the form as the demo account `email`; returns the cookies the answer set. */
export async function signIn(appUrl: string, email: string): Promise<BrowserCookie[]> {
	const response = await fetch(`${appUrl}/sign-in`, {
		method: 'POST',
		redirect: 'manual',
		headers: { ...formHeaders(appUrl), 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password: demoPassword })
	});
	const cookies = response.headers.getSetCookie().map((header) => {
		const pair = header.split(';')[0];
		const equals = pair.indexOf('=');
		return { name: pair.slice(0, equals), value: pair.slice(equals + 1) };
	});
	if (response.status !== 303 || !cookies.some((cookie) => cookie.name.endsWith('session_token'))) {
		throw new Error(`signing in as ${email} failed: ${response.status} ${await response.text()}`);
	}
	return cookies;
}

export const cookieHeader = (cookies: readonly BrowserCookie[]) =>
	cookies.map(({ name, value }) => `${name}=${value}`).join('; ');

/**
 * What a browser sends with a form (its body's type aside): its origin (SvelteKit refuses cross-site
 * form posts), its cookies, and what it wants back: a page without JavaScript, or the action's
 * result as JSON from an enhanced form (`use:enhance`).
 */
export function formHeaders(
	appUrl: string,
	{ cookies = [], enhanced = false }: { cookies?: readonly BrowserCookie[]; enhanced?: boolean } = {}
): Record<string, string> {
	return {
		origin: appUrl,
		...(enhanced ? { accept: 'application/json', 'x-sveltekit-action': 'true' } : { accept: 'text/html' }),
		...(cookies.length ? { cookie: cookieHeader(cookies) } : {})
	};
}
