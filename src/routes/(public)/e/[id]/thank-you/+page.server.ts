import { getLocale } from '#lib/paraglide/runtime.js';
import { getPublicEvent } from '#lib/server/events/public-event.js';
import { respondentWords } from '#lib/server/i18n/respondent-words.js';
import { browserLanguage, respondentLanguage } from '#lib/server/web/respondent-language.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, request, cookies }) => {
	const { id, title, languages } = await getPublicEvent(params.id);
	const language = respondentLanguage(languages, cookies, browserLanguage(request, languages));
	return {
		event: { id, title, languages },
		language,
		words: respondentWords('event', language, getLocale())
	};
};
