import { openPersonalEvaluation } from '#lib/server/evaluation/take.js';
import { respondentWords } from '#lib/server/i18n/respondent-words.js';
import { followLanguageLink, respondentLanguage } from '#lib/server/web/respondent-language.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, cookies }) => {
	followLanguageLink(url, cookies);
	const mine = await openPersonalEvaluation(params.token);
	const language = respondentLanguage(mine.event.languages, cookies, mine.language);
	return {
		token: params.token,
		mine,
		language,
		words: respondentWords('evaluation', language),
		/** The phase just answered, to say it was received. */
		received: url.searchParams.get('received')
	};
};
