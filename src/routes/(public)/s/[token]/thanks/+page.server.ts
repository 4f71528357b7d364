import { respondentWords } from '#lib/server/i18n/respondent-words.js';
import { openQuestionnaire } from '#lib/server/surveys/respond.js';
import { questionnaireLanguage } from '../../questionnaire-language.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies }) => {
	const opened = await openQuestionnaire(params.token);
	const language = questionnaireLanguage(
		opened.survey.languages,
		cookies,
		opened.state === 'open' ? opened.language : null
	);
	return {
		title: opened.survey.title,
		languages: opened.survey.languages,
		language,
		words: respondentWords(language)
	};
};
