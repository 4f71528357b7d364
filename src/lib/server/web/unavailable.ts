// While the database cannot be reached: every answer is a 503 with Retry-After that says so calmly
// in the reader's language, and a form post that failed keeps what was typed, so that its error page
// can send it again ("Try again", without script).
import type { RequestEvent } from '@sveltejs/kit';
import type { Handle } from '@sveltejs/kit/hooks';
import * as m from '#lib/paraglide/messages.js';
import { extractLocaleFromRequest, getTextDirection } from '#lib/paraglide/runtime.js';
import { errorResponse } from '../api/responses.js';
import { isDatabaseUnavailable, retryAfterSeconds } from '../db/unavailable.js';
import { logger } from '../logger.js';

export { isDatabaseUnavailable };

/** Small enough to keep a copy of every form post: respondents' answers, never uploads. */
const keptFormBytes = 256 * 1024;
const formTypes = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/**
 * A copy of a plain form post, read only if the request then fails for want of the database (the
 * action reads the original). Cloning tees the body, so neither copy waits for the other.
 */
export function keepPostedForm(request: Request): Request | undefined {
	if (request.method !== 'POST' || !formTypes.test(request.headers.get('content-type') ?? ''))
		return undefined;
	const length = Number(request.headers.get('content-length'));
	if (!(length > 0 && length <= keptFormBytes)) return undefined;
	return request.clone();
}

/** The posted text fields to send again (files must be chosen again; passwords are never echoed). */
async function retryFields(copy: Request | undefined): Promise<[string, string][] | undefined> {
	const form = await copy?.formData().catch(() => undefined);
	if (!form) return undefined;
	return [...form].flatMap(([name, value]): [string, string][] =>
		typeof value === 'string' && !/password/i.test(name) ? [[name, value]] : []
	);
}

/**
 * handleError's answer to a page or form action that failed for want of the database: a 503 (the
 * error page says it calmly, and offers to send a form post again as it was typed).
 */
export async function unavailableError(event: RequestEvent, requestId: string): Promise<App.Error> {
	logger.warn({ requestId, path: event.url.pathname }, 'database unavailable');
	const retry = await retryFields(event.locals.postedForm);
	return { status: 503, message: 'unavailable', code: 'unavailable', requestId, ...(retry ? { retry } : {}) };
}

/** A short page for a request that failed before any page could run; nothing in it needs the database. */
function unavailablePage(request: Request): Response {
	const locale = extractLocaleFromRequest(request);
	const title = m.error_unavailable_title({}, { locale });
	const html =
		`<!doctype html><html lang="${locale}" dir="${getTextDirection(locale)}"><head><meta charset="utf-8">` +
		`<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>` +
		`<body><h1>${title}</h1><p role="alert">${m.error_unavailable({}, { locale })}</p></body></html>`;
	return new Response(html, {
		status: 503,
		headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }
	});
}

/**
 * Keeps a copy of small form posts for unavailableError, and adds Retry-After to every 503. A failure
 * before any page runs (a signed-in reader's session, an API token) is answered here.
 */
export const databaseOutage: Handle = async ({ event, resolve }) => {
	event.locals.postedForm = keepPostedForm(event.request);
	let response: Response;
	try {
		response = await resolve(event);
	} catch (error) {
		if (!isDatabaseUnavailable(error)) throw error;
		logger.warn({ requestId: event.locals.requestId, path: event.url.pathname }, 'database unavailable');
		response = event.url.pathname.startsWith('/api/')
			? errorResponse(error, event.locals.requestId)
			: unavailablePage(event.request);
	}
	if (response.status === 503) response.headers.set('retry-after', String(retryAfterSeconds));
	return response;
};
