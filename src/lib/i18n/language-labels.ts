// The interface languages' names in the reader's language (content languages take theirs from Intl).
import * as m from '../paraglide/messages.js';
import type { InterfaceLocale } from './content-languages.js';

type Message = () => string;

/** Each content language's name as a label ("French")… */
export const languageLabel: Record<InterfaceLocale, Message> = {
	en: m.directory_language_en,
	fr: m.directory_language_fr,
	ar: m.directory_language_ar
};

/** …and as it reads inside a sentence ("missing in French", « manque en français »). */
export const languageInSentence: Record<InterfaceLocale, Message> = {
	en: m.locale_en,
	fr: m.locale_fr,
	ar: m.locale_ar
};
