import { getLocale } from '#lib/paraglide/runtime.js';
import { listFrameworks } from '#lib/server/frameworks/frameworks.js';
import { can } from '#lib/server/auth/authorize.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	frameworks: await listFrameworks(locals.actor, { locale: getLocale() }),
	canCreate: can(locals.actor, 'create', 'framework')
});
