import { getLocale } from '#lib/paraglide/runtime.js';
import { countryChoices } from '#lib/forms/choices.js';
import { listQuery } from '#lib/forms/list-query.js';
import { listOrganisationCountries, listOrganisations } from '#lib/server/directory/organisations.js';
import type { PageServerLoad } from './$types';

// A list to read and filter with plain links and GET forms: no script, and no copy of its data for one.
export const csr = false;

export const load: PageServerLoad = async ({ locals, url }) => {
	const reader = getLocale();
	const [result, countries] = await Promise.all([
		listOrganisations(locals.actor, listQuery(url, reader)),
		listOrganisationCountries(locals.actor, reader)
	]);
	return { result, countries: countryChoices(countries, reader) };
};
