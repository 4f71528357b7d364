import { redirect } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { programmeInput } from '#lib/programmes/form-data.js';
import { authorize } from '#lib/server/auth/authorize.js';
import { createProgramme } from '#lib/server/programmes/programmes.js';
import { programmeFormChoices } from '#lib/server/programmes/form-choices.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	authorize(locals.actor, 'create', 'programme');
	return programmeFormChoices(locals.actor, getLocale());
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const values = formValues(await request.formData(), ['sdgs', 'languages']);
		const result = await attempt(values, () => createProgramme(locals.actor, programmeInput(values)));
		if (!result.ok) return result.failure;
		redirect(303, `/programmes/${result.value.id}?created`);
	}
};
