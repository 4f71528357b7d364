import { redirect } from '@sveltejs/kit';
import { nestFields } from '#lib/forms/fields.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { contentLanguagesByName, languageNames } from '#lib/i18n/content-languages.js';
import { createStudy, studyProgrammeChoices } from '#lib/server/delphi/studies.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	programmes: await studyProgrammeChoices(locals.actor, getLocale()),
	languageNames: languageNames(contentLanguagesByName(getLocale()), getLocale())
});

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const values = formValues(await request.formData(), ['languages']);
		const result = await attempt(values, () => createStudy(locals.actor, nestFields(values)));
		if (!result.ok) return result.failure;
		redirect(303, `/delphi/${result.value.id}`);
	}
};
