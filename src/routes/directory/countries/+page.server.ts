import { getLocale } from '#lib/paraglide/runtime.js';
import { listQuery } from '#lib/directory/form-data.js';
import { listCountries } from '#lib/server/directory/countries.js';
import { orHttpError } from '#lib/server/web/errors.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => ({
	result: await orHttpError(() => listCountries(locals.actor, listQuery(url, getLocale())))
});
