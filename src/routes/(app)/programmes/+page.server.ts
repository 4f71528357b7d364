import { getLocale } from '#lib/paraglide/runtime.js';
import { can } from '#lib/server/auth/authorize.js';
import { listProgrammes } from '#lib/server/programmes/programmes.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	programmes: await listProgrammes(locals.actor, getLocale()),
	canCreate: can(locals.actor, 'create', 'programme')
});
