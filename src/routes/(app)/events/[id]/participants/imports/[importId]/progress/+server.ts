// The import's progress as JSON, polled by its page while the import runs.
import { json } from '@sveltejs/kit';
import { getParticipantImport } from '#lib/server/events/participant-import.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const job = await getParticipantImport(locals.actor, params.id, params.importId);
	return json(
		{ status: job.status, processedRows: job.processedRows, totalRows: job.totalRows },
		{ headers: { 'cache-control': 'no-store' } }
	);
};
