// The report's words in one interface language: the results page's messages and the report's own.
import * as m from '#lib/paraglide/messages.js';
import type { InterfaceLocale } from '#lib/i18n/content-languages.js';
import type { ReportWordKey, ReportWords } from '#lib/server/evaluation/report-pdf.js';

type Message = (inputs: Record<string, string>, options: { locale: InterfaceLocale }) => string;

export const reportWords =
	(locale: InterfaceLocale): ReportWords =>
	(key: ReportWordKey, inputs = {}) =>
		(m[key] as Message)(inputs, { locale });
