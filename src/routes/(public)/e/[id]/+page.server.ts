import { redirect } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { countryChoices } from '#lib/forms/choices.js';
import { registrationMail, registrationSentPath } from '#lib/events/registration-mail.js';
import { publicActor } from '#lib/server/auth/actor.js';
import { listCountryChoices } from '#lib/server/directory/countries.js';
import { getPublicEvent } from '#lib/server/events/public-event.js';
import { register } from '#lib/server/events/registration/register.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import { absoluteLink } from '#lib/server/web/links.js';
import { readerLanguageFor } from '#lib/server/web/reader-language.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, request, cookies }) => {
	const reader = getLocale();
	const shown = await getPublicEvent(params.id);
	const countries =
		shown.registration === 'open'
			? countryChoices(await listCountryChoices(publicActor, reader), reader)
			: [];
	return { event: shown, countries, reader: readerLanguageFor({ request, cookies }, shown.languages) };
};

export const actions: Actions = {
	default: async ({ params, request, getClientAddress }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () =>
			register(params.id, values, getLocale(), registrationMail(absoluteLink), getClientAddress())
		);
		if (!result.ok) return result.failure;
		// The same answer for an address already registered as for a new one: the mail tells which.
		redirect(303, registrationSentPath(params.id));
	}
};
