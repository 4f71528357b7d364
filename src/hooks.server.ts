import { sequence, type Handle, type HandleServerError } from '@sveltejs/kit/hooks';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import {
	extractLocaleFromRequest,
	getTextDirection,
	overwriteServerAsyncLocalStorage,
	type Locale
} from '#lib/paraglide/runtime.js';
import { isDomainError } from '#lib/server/errors.js';
import { logger } from '#lib/server/logger.js';
import { resolveActor } from '#lib/server/web/actor.js';
import { refusalError } from '#lib/server/web/errors.js';
import { databaseOutage, isDatabaseUnavailable, unavailableError } from '#lib/server/web/unavailable.js';
import { securityHeaders } from '#lib/server/web/security-headers.js';

const requestLog: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	event.locals.requestId = event.request.headers.get('x-request-id') ?? randomUUID();
	const response = await resolve(event);
	response.headers.set('x-request-id', event.locals.requestId);
	logger.info(
		{
			requestId: event.locals.requestId,
			method: event.request.method,
			path: event.url.pathname,
			status: response.status,
			ms: Math.round(performance.now() - started)
		},
		'request'
	);
	return response;
};

/**
 * The reader's language (cookie, then Accept-Language, then English) for everything the request
 * renders: Paraglide's messages read it from this store. Paraglide's own middleware does the same but
 * also copies every request, body included, for frameworks that need a new Request. SvelteKit does
 * not, and a form post's body was then read through two streams.
 */
// Paraglide also offers `messageCalls` in the store, read only by its experimental locale splitting.
const languageStore = new AsyncLocalStorage<{ locale?: Locale; origin?: string }>();
overwriteServerAsyncLocalStorage(languageStore);

const language: Handle = ({ event, resolve }) => {
	const locale = extractLocaleFromRequest(event.request);
	return languageStore.run({ locale, origin: event.url.origin }, () =>
		resolve(event, {
			transformPageChunk: ({ html }) =>
				html.replace('%paraglide.lang%', locale).replace('%paraglide.dir%', getTextDirection(locale))
		})
	);
};

const actor: Handle = async ({ event, resolve }) => {
	event.locals.actor = await resolveActor(event);
	return resolve(event);
};

export const handle = sequence(requestLog, securityHeaders, databaseOutage, actor, language);

/**
 * The one place where what a page, an endpoint or an action threw becomes the error page: a domain
 * refusal (DomainError) keeps its status and code, the database out of reach is a 503, and anything
 * else is a bug, logged with the request id. Every error page shows that id.
 */
export const handleError: HandleServerError = (caught) => {
	const { event } = caught;
	const requestId = event.locals.requestId ?? randomUUID();
	// A client that went away mid-request (an upload cancelled, a tab closed) is not MHub's error.
	if (event.request.signal.aborted) {
		logger.info({ requestId, path: event.url.pathname }, 'client went away');
		return { message: 'aborted', requestId };
	}
	// A refusal is an answer, not a failure: the request log already has its status.
	if (caught.kind === 'unknown' && isDomainError(caught.error)) {
		const { code, message } = caught.error;
		logger.debug({ requestId, path: event.url.pathname, code, reason: message }, 'refused');
		return refusalError(caught.error, requestId);
	}
	if (caught.kind === 'unknown' && isDatabaseUnavailable(caught.error)) {
		return unavailableError(event, requestId);
	}
	if (caught.kind === 'unknown') {
		logger.error({ err: caught.error, requestId, path: event.url.pathname }, 'unexpected error');
		return { message: 'unexpected', requestId };
	}
	return { requestId };
};
