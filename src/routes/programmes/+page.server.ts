import { getLocale } from '#lib/paraglide/runtime.js';
import { canCreateProgrammes } from '#lib/server/programmes/policies.js';
import { listProgrammes } from '#lib/server/programmes/programmes.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	programmes: await listProgrammes(locals.actor, getLocale()),
	canCreate: canCreateProgrammes(locals.actor)
});
