// The study's texts as a file for one target language: `?target=sl&format=xliff` for a CAT tool
// (XLIFF 1.2), `format=xlsx` for a spreadsheet with a column per language.
import { exportStudyTranslation } from '#lib/server/delphi/translation.js';
import { translationFileResponse } from '#lib/server/web/translation-page.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, params, url }) =>
	translationFileResponse(url, (input) => exportStudyTranslation(locals.actor, params.id, input));
