// The languages users may write content in: a curated list of BCP 47 tags. Names and directions come
// from the platform's CLDR data (Intl), never from tables of our own. Shared by server and browser.

/**
 * Every tag is in its canonical form (as `Intl.getCanonicalLocales` writes it), so the aliases forms
 * use arrive at one tag: Dari is `fa-AF`, which CLDR and browsers treat as Persian as spoken in
 * Afghanistan (screen readers pick a Persian voice, Intl knows its name and direction), while ODK and
 * KoboToolbox's `prs` is read as it; Kurmanji is `ku` (CLDR's `ku` is Kurmanji; `kmr` is read as it).
 * Only languages whose own name Node's ICU knows are listed (a test checks), hence no Tigre, Divehi
 * or Haitian Creole yet.
 */
export const contentLanguageTags = [
	// The European Union's 24 official languages.
	...['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr'],
	...['hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'],
	// Other languages of the programme countries (Norway, Serbia, Spain).
	...['nb', 'sr-Latn', 'ca', 'eu', 'gl'],
	// The Middle East and North Africa (besides English and French): Arabic, Hebrew, Persian, Turkish,
	// Kurdish (Kurmanji and Sorani) and Amazigh as CLDR knows it.
	...['ar', 'he', 'fa', 'tr', 'ku', 'ckb', 'tzm', 'kab', 'zgh'],
	// The main languages of migrants into Europe.
	...['fa-AF', 'ps', 'ti', 'am', 'om', 'so', 'ur', 'pa', 'pa-Arab', 'hi', 'bn', 'ta', 'ne', 'si'],
	...['uk', 'ru', 'be', 'sq', 'sr', 'bs', 'mk', 'ka', 'hy', 'az', 'uz', 'tg', 'ug', 'yi'],
	...['wo', 'ff', 'bm', 'ak', 'ln', 'sw', 'ha', 'yo', 'ig', 'rw', 'zh', 'vi', 'fil', 'id']
] as const;

/** A content language: a tag of the catalogue. */
export type ContentLocale = (typeof contentLanguageTags)[number];

/** The languages of MHub's own words (Paraglide's locales); every other language falls back to one. */
export const interfaceLocales = ['en', 'fr', 'ar'] as const;
export type InterfaceLocale = (typeof interfaceLocales)[number];

const catalogue: ReadonlySet<string> = new Set(contentLanguageTags);

export const isContentLanguage = (tag: unknown): tag is ContentLocale =>
	typeof tag === 'string' && catalogue.has(tag);

export const isInterfaceLocale = (tag: string): tag is InterfaceLocale =>
	(interfaceLocales as readonly string[]).includes(tag);

/**
 * The catalogue's tag for what a form or a header writes: any case, `_` for `-`, an alias (`prs`,
 * `kmr`), or a more precise tag (`en-GB`, `sr-Latn-RS`) whose language (with its script) is listed.
 */
export function contentLanguageOf(written: string): ContentLocale | undefined {
	let locale: Intl.Locale;
	try {
		locale = new Intl.Locale(Intl.getCanonicalLocales(written.trim().replace(/_/g, '-'))[0]);
	} catch {
		return undefined;
	}
	const { language, script, region } = locale;
	return [
		locale.baseName,
		script ? `${language}-${script}` : '',
		region ? `${language}-${region}` : '',
		language
	].find(isContentLanguage);
}

const displayNames = new Map<string, Intl.DisplayNames>();
const namesIn = (reader: string): Intl.DisplayNames => {
	let names = displayNames.get(reader);
	if (!names) displayNames.set(reader, (names = new Intl.DisplayNames([reader], { type: 'language' })));
	return names;
};

/** A language's name in the reader's language, as it reads inside a sentence ("dari", "Dari"). */
export const contentLanguageName = (tag: string, reader: string): string => namesIn(reader).of(tag) ?? tag;

/** A language's name in itself, capitalised as a menu or a column header shows it ("Slovenščina"). */
export function autonym(tag: string): string {
	const [first = '', ...rest] = contentLanguageName(tag, tag);
	return first.toLocaleUpperCase(tag) + rest.join('');
}

/** Scripts written right to left, for a runtime that cannot say a locale's direction (Firefox). */
const rightToLeftScripts = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa']);

type TextInfo = { direction?: string };
type WithTextInfo = Intl.Locale & { getTextInfo?: () => TextInfo; textInfo?: TextInfo };

/** The direction a language is written in, from CLDR. */
export function languageDirection(tag: string): 'ltr' | 'rtl' {
	const locale = new Intl.Locale(tag) as WithTextInfo;
	const direction =
		(locale.getTextInfo?.() ?? locale.textInfo)?.direction ??
		(rightToLeftScripts.has(locale.maximize().script ?? '') ? 'rtl' : 'ltr');
	return direction === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * The interface language whose words (buttons, errors) a page in this content language shows: the
 * language itself if MHub's interface speaks it (`fr-CA` → French), else English.
 */
export function interfaceLocaleFor(tag: string): InterfaceLocale {
	if (isInterfaceLocale(tag)) return tag;
	const { language } = new Intl.Locale(tag);
	return isInterfaceLocale(language) ? language : 'en';
}

/**
 * Languages' names as a page shows them, in the reader's language and in themselves. Pages with
 * script get them from the server, which has all of CLDR: browsers ship only part of it (Chromium
 * knows no Tigrinya), so names computed there would differ from the server's.
 */
export type LanguageNames = Record<string, { name: string; autonym: string }>;

export const languageNames = (tags: readonly string[], reader: string): LanguageNames =>
	Object.fromEntries(
		tags.map((tag) => [tag, { name: contentLanguageName(tag, reader), autonym: autonym(tag) }])
	);

/** What an owner declares until its author says otherwise: the interface's languages, as before. */
export const defaultDeclaredLanguages: readonly ContentLocale[] = interfaceLocales;

/** An owner's declared languages with their names for the reader, as forms' LocalizedFields take them. */
export type DeclaredLanguages = { languages: readonly ContentLocale[]; names: LanguageNames };

export const declaredLanguages = (tags: readonly ContentLocale[], reader: string): DeclaredLanguages => ({
	languages: tags,
	names: languageNames(tags, reader)
});

/** The catalogue in the order a reader looks for a language: by its name in the reader's language. */
export function contentLanguagesByName(reader: string): ContentLocale[] {
	const collator = new Intl.Collator(reader);
	return [...contentLanguageTags].sort((a, b) =>
		collator.compare(contentLanguageName(a, reader), contentLanguageName(b, reader))
	);
}
