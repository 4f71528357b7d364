import { respondentWords } from '#lib/server/i18n/respondent-words.js';
import { openQuestionnaire } from '#lib/server/surveys/respond.js';
import { respondentLanguage } from '#lib/server/web/respondent-language.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies }) => {
	const opened = await openQuestionnaire(params.token);
	const language = respondentLanguage(
		opened.survey.languages,
		cookies,
		opened.state === 'open' ? opened.language : null
	);
	return {
		title: opened.survey.title,
		languages: opened.survey.languages,
		language,
		words: respondentWords('survey', language, opened.survey.wordsFallback)
	};
};
