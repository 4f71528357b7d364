// A score file to fill, with the participants who have no result yet (/template.csv, /template.xlsx,
// `?mode=total` for a total column instead of a column per item).
import { getLocale } from '#lib/paraglide/runtime.js';
import { scoreTemplate } from '#lib/server/evaluation/score-import.js';
import { downloadHeaders } from '#lib/server/files/files.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const file = await scoreTemplate(
		locals.actor,
		params.id,
		params.phaseId,
		{ format: params.format, mode: url.searchParams.get('mode') ?? undefined },
		getLocale()
	);
	return new Response(new Uint8Array(file.content), {
		headers: {
			...downloadHeaders({ ...file, byteSize: file.content.length }),
			'cache-control': 'private, no-store'
		}
	});
};
