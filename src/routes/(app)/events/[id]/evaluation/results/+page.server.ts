import { eventEvaluationResults } from '#lib/server/evaluation/results/event-results.js';
import type { PageServerLoad } from './$types';

// A page to read: tables only, the export is a link. No script.
export const csr = false;

export const load: PageServerLoad = async ({ locals, params }) => ({
	results: await eventEvaluationResults(locals.actor, params.id)
});
