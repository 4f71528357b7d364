import { exportSurveyTranslation } from '#lib/server/surveys/translation.js';
import { translationDownload } from '#lib/server/web/translations.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = translationDownload(exportSurveyTranslation);
