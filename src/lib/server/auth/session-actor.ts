// Who is asking, from the browser's session cookies: better-auth checks the signed cookies, MHub's
// own single statement checks that the session still lives and loads the actor with its grants.
import { publicActor, type Actor } from './actor.js';
import type { Auth } from './better-auth.js';
import { loadSessionActor } from './users.js';

/**
 * better-auth's `getSession` answers from its signed session cache cookie (see `cookieCache` in
 * better-auth.ts) without a query, or reads and refreshes the session when that cookie is missing or
 * stale. Either way the actor comes from the database, by the session's token, in one statement that
 * also requires the session row to exist and be unexpired: what the cache cookie holds is never
 * trusted for authorisation beyond which session it is.
 */
export async function actorForSession(auth: Auth, headers: Headers): Promise<Actor> {
	const found = await auth.api.getSession({ headers });
	if (!found) return publicActor;
	return (await loadSessionActor(found.session.token)) ?? publicActor;
}
