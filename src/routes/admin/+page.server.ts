import { getLocale } from '#lib/paraglide/runtime.js';
import { countryChoices } from '#lib/directory/form-data.js';
import { listUsers } from '#lib/server/auth/users.js';
import { listCountryChoices } from '#lib/server/directory/countries.js';
import { orHttpError } from '#lib/server/web/errors.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) =>
	orHttpError(async () => {
		const users = await listUsers(locals.actor);
		const countries = countryChoices(await listCountryChoices(locals.actor, getLocale()), getLocale());
		return { users, countries };
	});
