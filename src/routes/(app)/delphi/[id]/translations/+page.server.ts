import { importStudyTranslation, studyTexts } from '#lib/server/delphi/translation.js';
import { translationImport, translationPageLoad } from '#lib/server/web/translations.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = translationPageLoad(studyTexts, '/delphi');

export const actions: Actions = { import: translationImport(studyTexts, importStudyTranslation) };
