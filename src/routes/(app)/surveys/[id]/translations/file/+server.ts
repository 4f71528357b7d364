// The survey's texts as a file for one target language: `?target=ti&format=xliff` for a CAT tool
// (XLIFF 1.2), `format=xlsx` for a spreadsheet with a column per language.
import { exportSurveyTranslation } from '#lib/server/surveys/translation.js';
import { translationFileResponse } from '#lib/server/web/translation-page.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, params, url }) =>
	translationFileResponse(url, (input) => exportSurveyTranslation(locals.actor, params.id, input));
