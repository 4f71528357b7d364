// A study's results as a CSV or XLSX download: one row per statement and round.
import { getLocale } from '#lib/paraglide/runtime.js';
import { exportStudyResults } from '#lib/server/delphi/results.js';
import { downloadHeaders } from '#lib/server/files/files.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const file = await exportStudyResults(locals.actor, params.id, params.format, getLocale());
	return new Response(new Uint8Array(file.content), {
		headers: {
			...downloadHeaders({ ...file, byteSize: file.content.length }),
			'cache-control': 'private, no-store'
		}
	});
};
