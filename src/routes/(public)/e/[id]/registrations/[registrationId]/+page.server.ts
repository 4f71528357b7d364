import { getLocale } from '#lib/paraglide/runtime.js';
import { getRegistrationOutcome } from '#lib/server/events/registration/get-registration-outcome.js';
import { respondentWords } from '#lib/server/i18n/respondent-words.js';
import { browserLanguage, respondentLanguage } from '#lib/server/web/respondent-language.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, request, cookies }) => {
	const outcome = await getRegistrationOutcome(params.id, params.registrationId);
	const languages = outcome.eventLanguages;
	const language = respondentLanguage(languages, cookies, browserLanguage(request, languages));
	return { outcome, language, words: respondentWords('event', language, getLocale()) };
};
