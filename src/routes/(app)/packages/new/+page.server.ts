import { redirect } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { contentLanguagesByName, languageNames } from '#lib/i18n/content-languages.js';
import { nestFields } from '#lib/forms/fields.js';
import { packageListFields } from '#lib/curriculum/form-data.js';
import { createPackage, listPackagePlaces } from '#lib/server/curriculum/packages.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import { programmeChoices } from '#lib/programmes/choices.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const reader = getLocale();
	const places = await listPackagePlaces(locals.actor, reader);
	return {
		...places,
		programmes: programmeChoices(places.programmes, reader),
		languageNames: languageNames(contentLanguagesByName(reader), reader)
	};
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const values = formValues(await request.formData(), packageListFields);
		const result = await attempt(values, () => createPackage(locals.actor, nestFields(values)));
		if (!result.ok) return result.failure;
		redirect(303, `/packages/${result.value.id}?created`);
	}
};
