import { getLocale } from '#lib/paraglide/runtime.js';
import { listFrameworks } from '#lib/server/frameworks/frameworks.js';
import { canCreateFrameworks } from '#lib/server/frameworks/policies.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	frameworks: await listFrameworks(locals.actor, { locale: getLocale() }),
	canCreate: canCreateFrameworks(locals.actor)
});
