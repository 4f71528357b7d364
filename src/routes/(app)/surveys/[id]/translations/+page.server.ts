import { getSurvey } from '#lib/server/surveys/surveys.js';
import { importSurveyTranslation, surveyTranslationStatus } from '#lib/server/surveys/translation.js';
import { importTranslationAction, translationPageData } from '#lib/server/web/translation-page.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const survey = await getSurvey(locals.actor, params.id);
	return {
		survey: { id: survey.id, title: survey.title },
		...translationPageData(survey.languages, await surveyTranslationStatus(locals.actor, survey.id))
	};
};

export const actions: Actions = {
	/** Applies a translated XLIFF or XLSX file, or lists every problem with it (nothing changed). */
	import: async ({ locals, params, request }) => {
		// Who posts is known before a byte of the upload is read: others are refused unread.
		await getSurvey(locals.actor, params.id);
		return importTranslationAction(request, (input, content) =>
			importSurveyTranslation(locals.actor, params.id, input, content)
		);
	}
};
