// The event's participants as a CSV or XLSX download (/export.csv, /export.xlsx).
import { getLocale } from '#lib/paraglide/runtime.js';
import { exportParticipants } from '#lib/server/events/participants-export.js';
import { downloadHeaders } from '#lib/server/files/files.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const file = await exportParticipants(locals.actor, params.id, params.format, getLocale());
	return new Response(new Uint8Array(file.content), {
		headers: {
			...downloadHeaders({ ...file, byteSize: file.content.length }),
			// Registrations change: every download is read afresh.
			'cache-control': 'private, no-store'
		}
	});
};
