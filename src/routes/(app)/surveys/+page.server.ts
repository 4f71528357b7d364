import { listSurveys } from '#lib/server/surveys/surveys.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	surveys: await listSurveys(locals.actor)
});
