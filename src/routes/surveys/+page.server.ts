import { listSurveys } from '#lib/server/surveys/surveys.js';
import { orHttpError } from '#lib/server/web/errors.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	surveys: await orHttpError(() => listSurveys(locals.actor))
});
