import { redirect } from '@sveltejs/kit';
import { registrationMail } from '#lib/events/registration-mail.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { eventInput, eventListFields } from '#lib/events/form-data.js';
import { getEvent, updateEvent } from '#lib/server/events/events.js';
import { authorize } from '#lib/server/auth/authorize.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import { absoluteLink } from '#lib/server/web/links.js';
import { eventFormChoices } from '../../event-form.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const event = await getEvent(locals.actor, params.id);
	authorize(locals.actor, 'manage', {
		kind: 'event',
		programmeId: event.programmeId,
		countryCode: event.countryCode
	});
	return { event, choices: await eventFormChoices(locals.actor, getLocale(), event) };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const values = formValues(await request.formData(), eventListFields);
		const mail = registrationMail(absoluteLink);
		const result = await attempt(values, () =>
			updateEvent(locals.actor, params.id, eventInput(values), mail)
		);
		if (!result.ok) return result.failure;
		redirect(303, `/events/${params.id}?saved`);
	}
};
