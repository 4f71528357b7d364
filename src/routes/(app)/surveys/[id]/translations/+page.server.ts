import { getSurvey } from '#lib/server/surveys/surveys.js';
import { importSurveyTranslation } from '#lib/server/surveys/translation.js';
import { translationChoices, translationImport } from '#lib/server/web/translations.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const survey = await getSurvey(locals.actor, params.id);
	return { survey: { id: survey.id, title: survey.title }, choices: translationChoices(survey.languages[0]) };
};

export const actions: Actions = { import: translationImport(getSurvey, importSurveyTranslation) };
