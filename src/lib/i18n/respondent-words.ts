// The words of MHub's own on the pages a respondent opens (buttons, problems, dates), as the server
// picked them for the respondent's language: each word carries the language it is in, so a word
// missing in that language is shown in English and marked as such. Shared by server and browser;
// the dictionaries stay on the server (src/lib/server/i18n/respondent-words.ts).
import { languageDirection } from './content-languages.js';

/** The keys respondent pages use (messages/survey_respond/en.json has them all). */
export const respondentWordKeys = [
	'survey_respond_languages',
	'survey_respond_required',
	'survey_respond_answer_if',
	'survey_respond_and',
	'survey_respond_condition_equals',
	'survey_respond_condition_not_equals',
	'survey_respond_condition_includes',
	'survey_respond_condition_answered',
	'survey_respond_condition_greater_than',
	'survey_respond_condition_less_than',
	'survey_respond_other',
	'survey_respond_other_text',
	'survey_respond_yes',
	'survey_respond_no',
	'survey_respond_choose',
	'survey_respond_submit',
	'survey_respond_save',
	'survey_respond_has_errors',
	'survey_respond_error_required',
	'survey_respond_error_invalid_number',
	'survey_respond_error_out_of_range',
	'survey_respond_error_too_short',
	'survey_respond_error_too_long',
	'survey_respond_error_pattern_mismatch',
	'survey_respond_error_invalid_email',
	'survey_respond_error_invalid_date',
	'survey_respond_error_invalid_country',
	'survey_respond_error_invalid_choice',
	'survey_respond_error_other_required',
	'survey_respond_error_invalid_text',
	'survey_respond_thanks_title',
	'survey_respond_thanks',
	'survey_respond_saved',
	'survey_respond_saved_invitation',
	'survey_respond_not_yet_open',
	'survey_respond_opens_on',
	'survey_respond_closed',
	'survey_respond_complete',
	'survey_respond_closes_on',
	'survey_respond_scale_ends'
] as const;
export type RespondentWordKey = (typeof respondentWordKeys)[number];

/** A word as written, `{name}` standing for what the page fills in, and the language it is in. */
export type RespondentWord = { text: string; lang: string };
export type RespondentWords = Record<RespondentWordKey, RespondentWord>;

/** The `{name}` placeholders a word has, in order. */
export const placeholdersOf = (text: string): string[] =>
	[...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);

/** A word with its placeholders filled in. */
export const say = (word: RespondentWord, inputs: Record<string, string | number> = {}): string =>
	word.text.replace(/\{(\w+)\}/g, (whole, name: string) => String(inputs[name] ?? whole));

/** The `lang` and `dir` that mark a word written in another language than the text around it. */
export const marking = (word: RespondentWord, around?: string): { lang?: string; dir?: 'ltr' | 'rtl' } =>
	word.lang === around ? {} : { lang: word.lang, dir: languageDirection(word.lang) };
