// Text written by users in several languages, and how it is shown in the reader's language.
import {
	contentLanguageTags,
	interfaceLocales,
	languageDirection,
	type ContentLocale,
	type InterfaceLocale
} from './content-languages.js';

export type { ContentLocale };

/**
 * The languages forms offer for the texts of entities that do not declare their own languages yet
 * (all but surveys): the interface's.
 */
export const contentLocales = interfaceLocales;

/** A text in any of the catalogue's languages. */
export type Localized = Partial<Record<ContentLocale, string>>;

/** Each interface language's name in itself, as the interface's language menu shows it. */
export const localeNames: Record<InterfaceLocale, string> = { en: 'English', fr: 'Français', ar: 'العربية' };

/** Direction of each content language, for `dir` attributes on text shown in another language. */
export const localeDirection = Object.fromEntries(
	contentLanguageTags.map((tag) => [tag, languageDirection(tag)])
) as Record<ContentLocale, 'ltr' | 'rtl'>;

/** The order in which languages are tried when a text is missing in the reader's and declared ones. */
export const fallbackOrder: readonly ContentLocale[] = ['en', 'fr', 'ar'];

export type Picked = { text: string; locale: ContentLocale; isFallback: boolean };

/**
 * The text in the reader's language; otherwise in the languages the text's owner declares, in their
 * order; otherwise the first present in English, French, Arabic; otherwise any present. Blank strings
 * count as missing. Undefined when the text exists in no language.
 */
export function pickLocalized(
	value: Localized | null | undefined,
	reader: ContentLocale,
	declared: readonly ContentLocale[] = []
): Picked | undefined {
	if (!value) return undefined;
	const present = Object.keys(value) as ContentLocale[];
	for (const locale of [reader, ...declared, ...fallbackOrder, ...present]) {
		const text = value[locale]?.trim();
		if (text) return { text, locale, isFallback: locale !== reader };
	}
	return undefined;
}

/** Plain text for places that cannot mark the language (titles, CSV): the picked text or ''. */
export function localizedText(
	value: Localized | null | undefined,
	reader: ContentLocale,
	declared: readonly ContentLocale[] = []
): string {
	return pickLocalized(value, reader, declared)?.text ?? '';
}

/** Which of the owner's declared languages (by default the interface's) a text is missing in. */
export function missingLocales(
	value: Localized | null | undefined,
	declared: readonly ContentLocale[] = contentLocales
): ContentLocale[] {
	return declared.filter((locale) => !value?.[locale]?.trim());
}
