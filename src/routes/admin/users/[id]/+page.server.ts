import { getLocale } from '#lib/paraglide/runtime.js';
import { grantInput } from '#lib/auth/grant-form.js';
import { countryChoices } from '#lib/directory/form-data.js';
import { grantRole, revokeGrant } from '#lib/server/auth/grants.js';
import { getUserWithGrants } from '#lib/server/auth/users.js';
import { listCountryChoices } from '#lib/server/directory/countries.js';
import { orHttpError } from '#lib/server/web/errors.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) =>
	orHttpError(async () => {
		const person = await getUserWithGrants(locals.actor, params.id);
		const countries = countryChoices(await listCountryChoices(locals.actor, getLocale()), getLocale());
		return { person, countries };
	});

export const actions: Actions = {
	grant: async ({ locals, params, request }) => {
		const values = formValues(await request.formData(), ['countryCodes']);
		const result = await attempt(values, () => grantRole(locals.actor, params.id, grantInput(values)));
		return result.ok ? { granted: true } : result.failure;
	},
	revoke: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () => revokeGrant(locals.actor, params.id, String(values.grantId)));
		return result.ok ? { revoked: true } : result.failure;
	}
};
