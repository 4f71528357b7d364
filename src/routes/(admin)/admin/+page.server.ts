import { getLocale } from '#lib/paraglide/runtime.js';
import { listUsers } from '#lib/server/auth/users.js';
import { scopeChoices } from '#lib/server/auth/scope-choices.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const users = await listUsers(locals.actor);
	return { users, ...(await scopeChoices(locals.actor, getLocale())) };
};
