// The complete responses the page's filters keep, as CSV or XLSX (/export.csv, /export.xlsx), with
// headers by codes or by labels in a chosen language.
import * as m from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { interfaceLocaleFor } from '#lib/i18n/content-languages.js';
import { downloadHeaders } from '#lib/server/files/files.js';
import { exportResponses, type ExportWords } from '#lib/server/surveys/results/export.js';
import { getResultsSurvey } from '#lib/server/surveys/results/results-survey.js';
import { readExportOptions, readResultsFilters } from '#lib/surveys/results-filters.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const query = new URLSearchParams(url.searchParams);
	if (!query.get('language')) query.set('language', getLocale());
	const options = readExportOptions(query);
	// The survey's labels in the chosen language; the export's own words in the nearest interface language.
	const locale = { locale: interfaceLocaleFor(options.language) };
	const words: ExportWords = {
		id: m.results_export_response({}, locale),
		submittedAt: m.results_export_submitted({}, locale),
		language: m.results_export_language_column({}, locale),
		country: m.results_col_country({}, locale),
		group: m.results_col_group({}, locale),
		other: m.results_other({}, locale),
		otherText: m.results_other_text({}, locale),
		yes: m.results_yes({}, locale),
		no: m.results_no({}, locale)
	};
	const file = await exportResponses(
		await getResultsSurvey(locals.actor, params.id),
		readResultsFilters(url.searchParams),
		params.format,
		options,
		words
	);
	return new Response(new Uint8Array(file.content), {
		headers: {
			...downloadHeaders({ ...file, byteSize: file.content.length }),
			// Responses keep coming: every download is read afresh.
			'cache-control': 'private, no-store'
		}
	});
};
