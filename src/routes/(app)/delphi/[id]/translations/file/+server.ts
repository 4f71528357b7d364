import { exportStudyTranslation } from '#lib/server/delphi/translation.js';
import { translationDownload } from '#lib/server/web/translations.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = translationDownload(exportStudyTranslation);
