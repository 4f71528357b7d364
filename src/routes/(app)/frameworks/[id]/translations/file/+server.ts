import { exportFrameworkTranslation } from '#lib/server/frameworks/translation.js';
import { translationDownload } from '#lib/server/web/translations.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = translationDownload(exportFrameworkTranslation);
