import { getLocale } from '#lib/paraglide/runtime.js';
import { listFrameworks } from '#lib/server/frameworks/frameworks.js';
import { can } from '#lib/server/auth/authorize.js';
import { orHttpError } from '#lib/server/web/errors.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	frameworks: await orHttpError(() => listFrameworks(locals.actor, { locale: getLocale() })),
	canCreate: can(locals.actor, 'create', 'framework')
});
