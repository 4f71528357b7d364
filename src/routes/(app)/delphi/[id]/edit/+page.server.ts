import { redirect } from '@sveltejs/kit';
import { nestFields } from '#lib/forms/fields.js';
import { studyFormValues } from '#lib/delphi/form-data.js';
import { contentLanguagesByName, languageNames } from '#lib/i18n/content-languages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { getStudy, updateStudy } from '#lib/server/delphi/studies.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const study = await getStudy(locals.actor, params.id);
	return {
		study: { id: study.id, title: study.title, ruleFixed: study.ruleFixedAt !== null },
		values: studyFormValues(study),
		languageNames: languageNames(contentLanguagesByName(getLocale()), getLocale())
	};
};

export const actions: Actions = {
	default: async ({ locals, request, params }) => {
		const values = formValues(await request.formData(), ['languages']);
		const study = await getStudy(locals.actor, params.id);
		// A fieldset disabled once the rule is fixed sends nothing: what was fixed is kept.
		const input = study.ruleFixedAt ? { ...studyFormValues(study), ...values } : values;
		const result = await attempt(values, () => updateStudy(locals.actor, params.id, nestFields(input)));
		if (!result.ok) return result.failure;
		redirect(303, `/delphi/${params.id}`);
	}
};
