import { openQuestionnaire } from '#lib/server/surveys/respond.js';
import { questionnaireLanguage } from '../../questionnaire-language.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies }) => {
	const opened = await openQuestionnaire(params.token);
	return {
		title: opened.survey.title,
		languages: opened.survey.languages,
		language: questionnaireLanguage(
			opened.survey.languages,
			cookies,
			opened.state === 'open' ? opened.language : null
		)
	};
};
