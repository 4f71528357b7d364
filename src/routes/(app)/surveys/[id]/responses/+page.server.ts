import { listResponses } from '#lib/server/inventory/from-response.js';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const page = Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1;
	return { ...(await listResponses(locals.actor, params.id, page)) };
};
