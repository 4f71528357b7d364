// The web door's better-auth instances: the SvelteKit cookie plugin lets form actions sign in.
import { getRequestEvent } from '$app/server';
import { sveltekitCookies } from 'better-auth/svelte-kit';
import { authSecret, createAuth, type Auth } from '../auth/better-auth.js';
import { usesSecureCookies } from './secure-cookies.js';

const instances = new Map<boolean, Promise<Auth>>();

/** The instance for the current request: its cookies are Secure or not (usesSecureCookies). */
export function webAuth(): Promise<Auth> {
	const secure = usesSecureCookies(getRequestEvent().url);
	let instance = instances.get(secure);
	if (!instance) {
		instance = authSecret().then((secret) => createAuth(secret, [sveltekitCookies(getRequestEvent)], secure));
		instances.set(secure, instance);
	}
	return instance;
}
