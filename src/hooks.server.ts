import { sequence, type Handle, type HandleServerError } from '@sveltejs/kit/hooks';
import { randomUUID } from 'node:crypto';
import { paraglideMiddleware } from '#lib/paraglide/server.js';
import { getTextDirection } from '#lib/paraglide/runtime.js';
import { logger } from '#lib/server/logger.js';
import { resolveActor } from '#lib/server/web/actor.js';

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

const language: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ locale }) =>
		resolve(event, {
			transformPageChunk: ({ html }) =>
				html.replace('%paraglide.lang%', locale).replace('%paraglide.dir%', getTextDirection(locale))
		})
	);

const actor: Handle = async ({ event, resolve }) => {
	event.locals.actor = await resolveActor(event);
	return resolve(event);
};

export const handle = sequence(requestLog, actor, language);

/** Unexpected errors are logged with the request id; every error page shows that id. */
export const handleError: HandleServerError = (caught) => {
	const { event } = caught;
	const requestId = event.locals.requestId ?? randomUUID();
	if (caught.kind === 'unknown') {
		logger.error({ err: caught.error, requestId, path: event.url.pathname }, 'unexpected error');
		return { message: 'unexpected', requestId };
	}
	return { requestId };
};
