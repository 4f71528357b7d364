// The interface languages' names in the reader's language (content languages take theirs from Intl).
import * as m from '../paraglide/messages.js';
import type { InterfaceLocale, LanguageNames } from './content-languages.js';

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

const isInterface = (tag: string): tag is InterfaceLocale => tag in languageLabel;

/**
 * Any content language's name as a label, and inside a sentence: the interface's words for its own
 * languages, else the name the server gave (`names`, from Intl: browsers lack some).
 */
export const contentLanguageLabel = (tag: string, names: LanguageNames): string =>
	isInterface(tag) ? languageLabel[tag]() : (names[tag]?.name ?? tag);

export const contentLanguageInSentence = (tag: string, names: LanguageNames): string =>
	isInterface(tag) ? languageInSentence[tag]() : (names[tag]?.name ?? tag);
