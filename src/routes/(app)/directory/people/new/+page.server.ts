import { redirect } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { personInput, personListFields } from '#lib/directory/form-data.js';
import { nestFields } from '#lib/forms/fields.js';
import { createPerson } from '#lib/server/directory/people.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import { personFormChoices } from '../person-form.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => personFormChoices(locals.actor, getLocale());

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const values = formValues(await request.formData(), personListFields);
		const result = await attempt(values, () => createPerson(locals.actor, personInput(nestFields(values))));
		if (!result.ok) return result.failure;
		redirect(303, `/directory/people/${result.value.id}?created`);
	}
};
