// The respondent pages' own words in the respondent's language: the interface languages' from their
// Paraglide messages (whatever area a word's key is in), the others' from one file each in
// src/lib/i18n/respondent-words/<tag>.json.
// A language MHub has no file for, or a word missing in its file, is taken from the interface
// language the survey's author chose (English unless they say otherwise), then from English, which
// has them all.
// Server only, so that no dictionary is shipped to the browser.
import type { InterfaceLocale } from '../../i18n/content-languages.js';
import {
	respondentWordKeys,
	respondentWordSets,
	type RespondentPage,
	type RespondentWordKey,
	type RespondentWords
} from '../../i18n/respondent-words.js';

type Dictionary = Partial<Record<RespondentWordKey, string>>;

/** Files by language tag (their name), each file's respondent words merged. */
function byLanguage(files: Record<string, Record<string, unknown>>): Record<string, Dictionary> {
	const dictionaries: Record<string, Dictionary> = {};
	for (const [path, words] of Object.entries(files)) {
		const dictionary = (dictionaries[path.replace(/^.*\/|\.json$/g, '')] ??= {});
		for (const key of respondentWordKeys) if (typeof words[key] === 'string') dictionary[key] = words[key];
	}
	return dictionaries;
}

/** Every language MHub has respondent words in, by tag. */
export const respondentDictionaries: Record<string, Dictionary> = {
	...byLanguage(
		import.meta.glob<Record<string, unknown>>('/src/lib/i18n/respondent-words/*.json', {
			eager: true,
			import: 'default'
		})
	),
	...byLanguage(
		import.meta.glob<Record<string, unknown>>('/messages/*/*.json', { eager: true, import: 'default' })
	)
};

/** The language whose words a page in this content language shows: itself, its language (`es-419` → `es`), else the fallback. */
function wordsLanguage(tag: string, fallback: InterfaceLocale): string {
	if (respondentDictionaries[tag]) return tag;
	const { language } = new Intl.Locale(tag);
	return respondentDictionaries[language] ? language : fallback;
}

/** Whether MHub has respondent words in this content language (or its language without region). */
export const hasRespondentWords = (tag: string): boolean =>
	Boolean(respondentDictionaries[tag] ?? respondentDictionaries[new Intl.Locale(tag).language]);

/**
 * The words a respondent page in this content language shows, each with the language it is in:
 * the language's own where MHub has them, else `fallback`'s, else English's.
 */
export function respondentWords<Page extends RespondentPage>(
	page: Page,
	tag: string,
	fallback: InterfaceLocale = 'en'
): RespondentWords<Page> {
	const sources = [...new Set([wordsLanguage(tag, fallback), fallback, 'en'])];
	return Object.fromEntries(
		respondentWordSets[page].map((key: RespondentWordKey) => {
			const lang = sources.find((source) => respondentDictionaries[source][key]) ?? 'en';
			return [key, { text: respondentDictionaries[lang][key] ?? key, lang }];
		})
	) as RespondentWords<Page>;
}
