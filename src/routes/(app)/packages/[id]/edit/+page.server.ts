import { redirect } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { contentLanguagesByName, languageNames } from '#lib/i18n/content-languages.js';
import { nestFields } from '#lib/forms/fields.js';
import { packageFields, packageListFields } from '#lib/curriculum/form-data.js';
import { getDraft } from '#lib/server/curriculum/draft.js';
import { listPackagePlaces, updatePackage } from '#lib/server/curriculum/packages.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import { programmeChoices } from '#lib/programmes/choices.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const reader = getLocale();
	const draft = await getDraft(locals.actor, params.id);
	const places = await listPackagePlaces(locals.actor, reader);
	return {
		id: params.id,
		title: draft.title,
		fields: packageFields(draft),
		programmes: programmeChoices(places.programmes, reader),
		allowsNoProgramme: places.allowsNoProgramme,
		languageNames: languageNames(contentLanguagesByName(reader), reader)
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const values = formValues(await request.formData(), packageListFields);
		const result = await attempt(values, () => updatePackage(locals.actor, params.id, nestFields(values)));
		if (!result.ok) return result.failure;
		redirect(303, `/packages/${params.id}?saved`);
	}
};
