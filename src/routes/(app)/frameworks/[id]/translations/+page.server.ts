import { frameworkTexts, importFrameworkTranslation } from '#lib/server/frameworks/translation.js';
import { translationImport, translationPageLoad } from '#lib/server/web/translations.js';
import type { Actions, PageServerLoad } from './$types';

// Its editors only: translations are written into the draft.
export const load: PageServerLoad = translationPageLoad(frameworkTexts, '/frameworks');

export const actions: Actions = { import: translationImport(frameworkTexts, importFrameworkTranslation) };
