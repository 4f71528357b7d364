// Turns a request into the Actor that domain functions take: session cookie or API token.
import type { RequestEvent } from '@sveltejs/kit';
import { publicActor, type Actor } from '../auth/actor.js';
import { actorForApiToken } from '../auth/api-tokens.js';
import { actorForSession } from '../auth/session-actor.js';
import { webAuth } from './auth.js';

const sessionCookie = /(^|;\s*)(__Secure-)?better-auth\.session_token=/;

export async function resolveActor(event: RequestEvent): Promise<Actor> {
	const authorization = event.request.headers.get('authorization');
	if (authorization?.startsWith('Bearer ') && event.url.pathname.startsWith('/api/')) {
		return (await actorForApiToken(authorization.slice(7).trim())) ?? publicActor;
	}
	// Most public pages come without a session cookie: no database round trip for them.
	if (!sessionCookie.test(event.request.headers.get('cookie') ?? '')) return publicActor;
	return actorForSession(await webAuth(), event.request.headers);
}
