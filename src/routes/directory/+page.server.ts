import { getDirectorySummary } from '#lib/server/directory/summary.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	summary: await getDirectorySummary(locals.actor)
});
