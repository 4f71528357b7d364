import { redirect } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { nestFields } from '#lib/forms/fields.js';
import { createFramework, listFrameworkPlaces } from '#lib/server/frameworks/frameworks.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import { programmeChoices } from '#lib/programmes/choices.js';
import { studyChoices } from '../choices.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const reader = getLocale();
	const places = await listFrameworkPlaces(locals.actor, reader);
	return {
		programmes: programmeChoices(places.programmes, reader),
		studies: studyChoices(places.studies, places.programmes, reader)
	};
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () => createFramework(locals.actor, nestFields(values)));
		if (!result.ok) return result.failure;
		redirect(303, `/frameworks/${result.value.id}?created`);
	}
};
