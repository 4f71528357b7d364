import { getLocale } from '#lib/paraglide/runtime.js';
import { canCreateProgrammes } from '#lib/server/programmes/policies.js';
import { listProgrammes } from '#lib/server/programmes/programmes.js';
import { orHttpError } from '#lib/server/web/errors.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	programmes: await orHttpError(() => listProgrammes(locals.actor, getLocale())),
	canCreate: canCreateProgrammes(locals.actor)
});
