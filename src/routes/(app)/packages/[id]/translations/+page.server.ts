import { packageTexts, importPackageTranslation } from '#lib/server/curriculum/translation.js';
import { translationImport, translationPageLoad } from '#lib/server/web/translations.js';
import type { Actions, PageServerLoad } from './$types';

// Its editors only: translations are written into the draft.
export const load: PageServerLoad = translationPageLoad(packageTexts, '/packages');

export const actions: Actions = { import: translationImport(packageTexts, importPackageTranslation) };
