import { redirect } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { countryChoices } from '#lib/forms/choices.js';
import { nestFields } from '#lib/forms/fields.js';
import { listCountryChoices } from '#lib/server/directory/countries.js';
import { createOrganisation } from '#lib/server/directory/organisations.js';
import { authorize } from '#lib/server/auth/authorize.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const reader = getLocale();
	authorize(locals.actor, 'create', 'organisation');
	const countries = await listCountryChoices(locals.actor, reader);
	return { countries: countryChoices(countries, reader) };
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () => createOrganisation(locals.actor, nestFields(values)));
		if (!result.ok) return result.failure;
		redirect(303, `/directory/organisations/${result.value.id}?created`);
	}
};
