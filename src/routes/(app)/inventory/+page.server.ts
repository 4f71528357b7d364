import { getLocale } from '#lib/paraglide/runtime.js';
import {
	inventoryProgrammeChoices,
	listPackages,
	readableProgrammeChoices
} from '#lib/server/inventory/packages.js';
import { can } from '#lib/server/auth/authorize.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const query = { programmeId: url.searchParams.get('programme') ?? '', q: url.searchParams.get('q') ?? '' };
	const [packages, programmes, managed] = await Promise.all([
		listPackages(locals.actor, query),
		readableProgrammeChoices(locals.actor, getLocale()),
		inventoryProgrammeChoices(locals.actor, getLocale())
	]);
	return { packages, programmes, managed, query, canAdd: can(locals.actor, 'add', 'inventory') };
};
