// The respondent pages' own words in the respondent's language: the interface languages' from their
// Paraglide messages, the others' from one file each in src/lib/i18n/respondent-words/<tag>.json.
// A word missing in the language is taken from English, which has them all.
// Server only, so that no dictionary is shipped to the browser.
import {
	respondentWordKeys,
	type RespondentWordKey,
	type RespondentWords
} from '../../i18n/respondent-words.js';

type Dictionary = Partial<Record<RespondentWordKey, string>>;

const fromFiles = (files: Record<string, Dictionary>): Record<string, Dictionary> =>
	Object.fromEntries(
		Object.entries(files).map(([path, words]) => [path.replace(/^.*\/|\.json$/g, ''), words])
	);

/** Every language MHub has respondent words in, by tag. */
export const respondentDictionaries: Record<string, Dictionary> = {
	...fromFiles(
		import.meta.glob<Dictionary>('/src/lib/i18n/respondent-words/*.json', { eager: true, import: 'default' })
	),
	...fromFiles(
		import.meta.glob<Dictionary>('/messages/survey_respond/*.json', { eager: true, import: 'default' })
	)
};

/** The language whose words a page in this content language shows: itself, its language (`es-419` → `es`), else English. */
function wordsLanguage(tag: string): string {
	if (respondentDictionaries[tag]) return tag;
	const { language } = new Intl.Locale(tag);
	return respondentDictionaries[language] ? language : 'en';
}

/** The words a respondent page in this content language shows, each with the language it is in. */
export function respondentWords(tag: string): RespondentWords {
	const language = wordsLanguage(tag);
	const own = respondentDictionaries[language];
	const english = respondentDictionaries.en;
	return Object.fromEntries(
		respondentWordKeys.map((key) => {
			const text = own[key];
			return [key, text ? { text, lang: language } : { text: english[key] ?? key, lang: 'en' }];
		})
	) as RespondentWords;
}
