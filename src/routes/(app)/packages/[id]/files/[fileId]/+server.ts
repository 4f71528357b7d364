import { downloadHeaders } from '#lib/server/files/files.js';
import { getMaterialFile } from '#lib/server/curriculum/materials.js';
import type { RequestHandler } from './$types';

/** A material's file, downloaded under its own name. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const file = await getMaterialFile(locals.actor, params.id, params.fileId);
	return new Response(new Uint8Array(file.content), { headers: downloadHeaders(file) });
};
