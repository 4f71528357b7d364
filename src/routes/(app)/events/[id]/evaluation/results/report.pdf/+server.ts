// The event's evaluation report as a PDF, in the language asked (?lang=en|fr|ar) or the reader's.
import { getLocale } from '#lib/paraglide/runtime.js';
import { isInterfaceLocale } from '#lib/i18n/content-languages.js';
import { eventEvaluationReport } from '#lib/server/evaluation/report-pdf.js';
import { DomainError } from '#lib/server/errors.js';
import { downloadHeaders } from '#lib/server/files/files.js';
import { reportWords } from './words.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const asked = url.searchParams.get('lang');
	if (asked !== null && !isInterfaceLocale(asked))
		throw new DomainError(
			'invalid',
			'the report is written in English, French or Arabic (lang=en, fr or ar)'
		);
	const locale = asked ?? getLocale();
	const file = await eventEvaluationReport(locals.actor, params.id, reportWords(locale), locale);
	return new Response(new Uint8Array(file.content), {
		headers: {
			...downloadHeaders({ ...file, byteSize: file.content.length }),
			// Results keep coming in: every download is read afresh.
			'cache-control': 'private, no-store'
		}
	});
};
