import { getLocale } from '#lib/paraglide/runtime.js';
import { listQuery } from '#lib/forms/list-query.js';
import { listPackageProgrammes, listPackages } from '#lib/server/curriculum/packages.js';
import { can } from '#lib/server/auth/authorize.js';
import { programmeChoices } from '#lib/programmes/choices.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const reader = getLocale();
	const [packages, programmes] = await Promise.all([
		listPackages(locals.actor, listQuery(url, reader)),
		listPackageProgrammes(locals.actor, reader)
	]);
	return {
		packages,
		programmes: programmeChoices(programmes, reader),
		canCreate: can(locals.actor, 'create', 'package')
	};
};
