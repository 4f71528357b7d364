// Headers every response carries. The page CSP itself (with frame-ancestors 'none') is SvelteKit's,
// declared in vite.config.ts; X-Frame-Options says the same to browsers that predate it, and covers
// files and endpoints, which get no CSP.
import type { Handle } from '@sveltejs/kit/hooks';

export const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const headers = response.headers;
	headers.set('x-frame-options', 'DENY');
	headers.set('x-content-type-options', 'nosniff');
	// Links carry tokens (survey, reset, invitation): other sites get not even the page's address.
	headers.set('referrer-policy', 'same-origin');
	if (event.url.protocol === 'https:') headers.set('strict-transport-security', 'max-age=31536000');
	// What is shown to a signed-in person is theirs: no shared or back-button cache keeps it.
	if (event.locals.actor?.kind === 'user') headers.set('cache-control', 'no-store');
	return response;
};
