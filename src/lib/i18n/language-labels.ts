// The content languages' names in the reader's language.
import * as m from '../paraglide/messages.js';
import type { ContentLocale } from './localized.js';

type Message = () => string;

/** Each content language's name as a label ("French")… */
export const languageLabel: Record<ContentLocale, Message> = {
	en: m.directory_language_en,
	fr: m.directory_language_fr,
	ar: m.directory_language_ar
};

/** …and as it reads inside a sentence ("missing in French", « manque en français »). */
export const languageInSentence: Record<ContentLocale, Message> = {
	en: m.locale_en,
	fr: m.locale_fr,
	ar: m.locale_ar
};
