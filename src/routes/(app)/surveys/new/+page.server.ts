import { redirect } from '@sveltejs/kit';
import { nestFields } from '#lib/forms/fields.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { contentLanguagesByName, languageNames } from '#lib/i18n/content-languages.js';
import { authorize } from '#lib/server/auth/authorize.js';
import { createSurvey, surveyProgrammeChoices } from '#lib/server/surveys/surveys.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	authorize(locals.actor, 'create', 'survey');
	return {
		programmes: await surveyProgrammeChoices(locals.actor, getLocale()),
		languageNames: languageNames(contentLanguagesByName(getLocale()), getLocale())
	};
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const values = formValues(await request.formData(), ['languages']);
		const result = await attempt(values, () => createSurvey(locals.actor, nestFields(values)));
		if (!result.ok) return result.failure;
		redirect(303, `/surveys/${result.value.id}`);
	}
};
