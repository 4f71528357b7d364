// The web door's better-auth instance: the SvelteKit cookie plugin lets form actions sign in.
import { getRequestEvent } from '$app/server';
import { sveltekitCookies } from 'better-auth/svelte-kit';
import { authSecret, createAuth, type Auth } from '../auth/better-auth.js';

let instance: Promise<Auth> | undefined;

export function webAuth(): Promise<Auth> {
	instance ??= authSecret().then((secret) => createAuth(secret, [sveltekitCookies(getRequestEvent)]));
	return instance;
}
