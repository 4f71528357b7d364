import { getLocale } from '#lib/paraglide/runtime.js';
import { can } from '#lib/server/auth/authorize.js';
import { listProgrammes } from '#lib/server/programmes/programmes.js';
import { orHttpError } from '#lib/server/web/errors.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	programmes: await orHttpError(() => listProgrammes(locals.actor, getLocale())),
	canCreate: can(locals.actor, 'create', 'programme')
});
