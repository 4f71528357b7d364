// How large a request body MHub reads (ADR 5): small everywhere, large only on the routes that take
// uploads. adapter-node has one limit for the whole process (BODY_SIZE_LIMIT), set to the uploads'
// size; in front of it, MHub's own HTTP server refuses larger bodies on every other path before a
// byte of them is read.
import type http from 'node:http';

/** Forms and JSON bodies: the largest form MHub has (a survey question in three languages) is a few KiB. */
export const defaultBodyLimit = 512 * 1024;
/** adapter-node's limit, which only the upload routes reach: it counts bytes as they stream in. */
export const uploadBodySizeLimit = '40M';

/**
 * The form actions that take files (SvelteKit names the action in the query: `?/check`): the XLSForm
 * import (its check, and its create that posts back the survey read), the participants import, a
 * session's materials, a phase's score file. Every other action on those pages keeps the small limit.
 */
const uploadActions: Array<{ path: RegExp; actions: string[] }> = [
	{ path: /^\/surveys\/import\/?$/, actions: ['/check', '/create'] },
	{ path: /^\/events\/[^/]+\/participants\/?$/, actions: ['/preview'] },
	{ path: /^\/packages\/[^/]+\/sessions\/[^/]+\/?$/, actions: ['/addFile'] },
	{ path: /^\/events\/[^/]+\/evaluation\/[^/]+\/scores\/import\/?$/, actions: ['/upload'] }
];

/** Whether a request target (path and query) is a form action that takes files. */
export function isUploadAction(target: string): boolean {
	const [pathname, query = ''] = target.split('?', 2);
	const action = [...new URLSearchParams(query).keys()].find((key) => key.startsWith('/'));
	return uploadActions.some((upload) => upload.path.test(pathname) && upload.actions.includes(action ?? ''));
}

const refusalPage = (status: number) =>
	`<!doctype html><html><head><meta charset="utf-8"><title>${status}</title></head><body>` +
	'<p lang="en">This request is too large. Go back and send less: files can be sent only where a page asks for one.</p>' +
	'<p lang="fr">Cette requête est trop volumineuse. Revenez en arrière et envoyez moins : les fichiers ne s’envoient que là où une page en demande un.</p>' +
	'<p lang="ar" dir="rtl">هذا الطلب كبير جدًا. ارجع وأرسل أقل: لا تُرسل الملفات إلا حيث تطلبها الصفحة.</p>' +
	'</body></html>';

/**
 * Answers, and returns true, when the request carries a body too large for its path (413), or one
 * of unknown length outside the upload routes (411: browsers always send the length of a form).
 * The body is never read; the connection closes after the answer.
 */
export function refuseOversizedBody(req: http.IncomingMessage, res: http.ServerResponse): boolean {
	const declared = req.headers['content-length'];
	const chunked = declared === undefined && req.headers['transfer-encoding'] !== undefined;
	if (!chunked && (declared === undefined || Number(declared) <= defaultBodyLimit)) return false;
	if (isUploadAction(req.url ?? '/')) return false;
	const status = chunked ? 411 : 413;
	res.writeHead(status, {
		'content-type': 'text/html; charset=utf-8',
		'cache-control': 'no-store',
		connection: 'close'
	});
	res.end(refusalPage(status));
	return true;
}
