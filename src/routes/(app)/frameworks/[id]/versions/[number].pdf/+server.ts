import * as m from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { PdfLanguageSchema } from '#lib/frameworks/schemas.js';
import { traceLines } from '#lib/frameworks/trace-text.js';
import { formatDate } from '#lib/i18n/dates.js';
import { localizedText } from '#lib/i18n/localized.js';
import { DomainError } from '#lib/server/errors.js';
import { frameworkPdf } from '#lib/server/frameworks/framework-pdf.js';
import { getFrameworkVersion } from '#lib/server/frameworks/publish-framework.js';
import type { RequestHandler } from './$types';

/** A published version as a PDF in the language asked (?lang=en|fr|ar), by default the reader's. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const asked = PdfLanguageSchema.safeParse(url.searchParams.get('lang') ?? getLocale());
	if (!asked.success)
		throw new DomainError('invalid', 'no PDF in this language', { fields: { lang: ['invalid_language'] } });
	const locale = asked.data;
	const version = await getFrameworkVersion(locals.actor, params.id, Number(params.number));
	const { content } = version;
	const options = { locale };
	const pdf = await frameworkPdf(content, {
		locale,
		words: {
			subtitle: m.frameworks_pdf_subtitle(
				{ number: version.number, date: formatDate(version.publishedAt, locale) },
				options
			),
			study: content.study
				? m.frameworks_from_study({ title: localizedText(content.study.title, locale) }, options)
				: '',
			statements: m.frameworks_statements({}, options),
			noStatements: m.frameworks_no_statements({}, options),
			trace: (trace) => traceLines(trace, version.scale, locale)
		}
	});
	const name = `${localizedText(content.title, locale)} v${version.number} (${locale}).pdf`;
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(name)}`,
			'cache-control': 'private, no-store'
		}
	});
};
