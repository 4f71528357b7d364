// Text written by users in several languages, and how it is shown in the reader's language.
export const contentLocales = ['en', 'fr', 'ar'] as const;
export type ContentLocale = (typeof contentLocales)[number];
export type Localized = Partial<Record<ContentLocale, string>>;

/** Each language's name in itself, as language choices show it. */
export const localeNames: Record<ContentLocale, string> = { en: 'English', fr: 'Français', ar: 'العربية' };

/** Direction of each language, for `dir` attributes on text shown in another language. */
export const localeDirection: Record<ContentLocale, 'ltr' | 'rtl'> = { en: 'ltr', fr: 'ltr', ar: 'rtl' };

/** The order in which languages are tried when a text is missing in the reader's. */
export const fallbackOrder: readonly ContentLocale[] = ['en', 'fr', 'ar'];

export type Picked = { text: string; locale: ContentLocale; isFallback: boolean };

/**
 * The text in the reader's language; otherwise the first present in English, French, Arabic.
 * Blank strings count as missing. Undefined when the text exists in no language.
 */
export function pickLocalized(
	value: Localized | null | undefined,
	reader: ContentLocale
): Picked | undefined {
	if (!value) return undefined;
	for (const locale of [reader, ...fallbackOrder]) {
		const text = value[locale]?.trim();
		if (text) return { text, locale, isFallback: locale !== reader };
	}
	return undefined;
}

/** Plain text for places that cannot mark the language (titles, CSV): the picked text or ''. */
export function localizedText(value: Localized | null | undefined, reader: ContentLocale): string {
	return pickLocalized(value, reader)?.text ?? '';
}

/** Which languages a text is missing in. */
export function missingLocales(value: Localized | null | undefined): ContentLocale[] {
	return contentLocales.filter((locale) => !value?.[locale]?.trim());
}
