import { redirect } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { eventInput, eventListFields } from '#lib/events/form-data.js';
import { createEvent } from '#lib/server/events/events.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import { eventFormChoices } from '../event-form.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	choices: await eventFormChoices(locals.actor, getLocale())
});

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const values = formValues(await request.formData(), eventListFields);
		const result = await attempt(values, () => createEvent(locals.actor, eventInput(values)));
		if (!result.ok) return result.failure;
		redirect(303, `/events/${result.value.id}?created`);
	}
};
