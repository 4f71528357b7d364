// The survey as an XLSForm workbook, to open in KoboToolbox or ODK or to import again elsewhere.
import { getSurvey } from '#lib/server/surveys/surveys.js';
import { writeXlsForm } from '#lib/server/surveys/xlsform/write.js';
import { downloadName, tableMediaTypes } from '#lib/server/files/table-file.js';
import { contentLocales, localizedText } from '#lib/i18n/localized.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const survey = await getSurvey(locals.actor, params.id);
	const workbook = await writeXlsForm({
		title: survey.title,
		// Stored as text; only the content languages are kept, in their usual order.
		languages: contentLocales.filter((locale) => survey.languages.includes(locale)),
		definition: survey.definition
	});
	const name = downloadName(localizedText(survey.title, getLocale()), 'survey', 'xlsx');
	return new Response(new Uint8Array(workbook), {
		headers: {
			'content-type': tableMediaTypes.xlsx,
			'content-disposition': `attachment; filename="survey.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
			'cache-control': 'private, no-store'
		}
	});
};
