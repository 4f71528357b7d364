import { getLocale } from '#lib/paraglide/runtime.js';
import { listQuery } from '#lib/forms/list-query.js';
import { listCountries } from '#lib/server/directory/countries.js';
import type { PageServerLoad } from './$types';

// A list to read and filter with plain links and GET forms: no script, and no copy of its data for one.
export const csr = false;

export const load: PageServerLoad = async ({ locals, url }) => ({
	result: await listCountries(locals.actor, listQuery(url, getLocale()))
});
