// An event's public page and its registration form. Its texts are in the language the reader chooses
// among the event's (else the one their browser asks for), MHub's own words too when it has them
// (else in the interface language).
import { redirect } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { contentLanguageOf } from '#lib/i18n/content-languages.js';
import { countryChoicesIn } from '#lib/forms/choices.js';
import { registrationMail, registrationSentPath } from '#lib/events/registration-mail.js';
import { publicActor } from '#lib/server/auth/actor.js';
import { listCountryChoices } from '#lib/server/directory/countries.js';
import { getPublicEvent } from '#lib/server/events/public-event.js';
import { register } from '#lib/server/events/registration/register.js';
import { respondentWords } from '#lib/server/i18n/respondent-words.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import { absoluteLink } from '#lib/server/web/links.js';
import {
	browserLanguage,
	followLanguageLink,
	respondentLanguage
} from '#lib/server/web/respondent-language.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, request, cookies }) => {
	followLanguageLink(url, cookies);
	const shown = await getPublicEvent(params.id);
	const language = respondentLanguage(shown.languages, cookies, browserLanguage(request, shown.languages));
	const words = respondentWords('event', language, getLocale());
	// Named in the language of the words around them.
	const countryLanguage = words.registration_country.lang;
	const countries =
		shown.registration === 'open'
			? countryChoicesIn(
					await listCountryChoices(publicActor, contentLanguageOf(countryLanguage) ?? 'en'),
					countryLanguage
				)
			: [];
	return { event: shown, countries, language, words };
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
