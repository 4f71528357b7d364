import { getDirectorySummary } from '#lib/server/directory/summary.js';
import type { PageServerLoad } from './$types';

// A list to read and filter with plain links and GET forms: no script, and no copy of its data for one.
export const csr = false;

export const load: PageServerLoad = async ({ locals }) => ({
	summary: await getDirectorySummary(locals.actor)
});
