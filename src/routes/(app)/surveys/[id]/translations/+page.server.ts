import { importSurveyTranslation, surveyTexts } from '#lib/server/surveys/translation.js';
import { translationImport, translationPageLoad } from '#lib/server/web/translations.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = translationPageLoad(surveyTexts, '/surveys');

export const actions: Actions = { import: translationImport(surveyTexts, importSurveyTranslation) };
