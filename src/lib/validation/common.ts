// The pieces every schema is built from: text, text in several languages, codes, lists, searches
// and paging. Error messages are message keys (see ui/field-errors.ts).
import { z } from 'zod';
import { languageCodes } from '../i18n/languages.js';
import { contentLanguageTags, isContentLanguage } from '../i18n/content-languages.js';
import type { Localized } from '../i18n/localized.js';

/** A blank answer (what an empty form field sends) means "none"; other text is trimmed. */
const blankIsNull = (value: unknown) => (typeof value === 'string' ? value.trim() || null : value);

/** An optional value: absent leaves it unchanged, blank or null clears it. */
export const optional = <S extends z.ZodType>(schema: S) =>
	z.preprocess(blankIsNull, schema.nullable()).optional();

export const text = (max: number) =>
	z.string({ error: 'invalid_text' }).trim().max(max, { error: 'too_long' });

export const requiredText = (max: number) => text(max).min(1, { error: 'required' });

/**
 * Text to search for, as a search box or a filter in a URL sends it. Control characters are refused
 * with a field error rather than searched: nobody types them, and a NUL cannot even be sent to
 * PostgreSQL. Every query that takes free text uses this one.
 */
export const searchText = text(200).refine((value) => !/\p{Cc}/u.test(value), {
	error: 'control_characters'
});

/** A list's words to look for (`?q=`). */
export const SearchQuerySchema = z.object({ q: searchText.optional() });

/**
 * One text per language of the catalogue, keyed by its tag; blank languages are dropped, and a key
 * that is no language of the catalogue is refused where it is ("title.xx": invalid_language).
 */
const localizedTexts = (max: number) =>
	z
		.record(z.string(), optional(text(max)), { error: 'invalid_text' })
		.superRefine((value, context) => {
			for (const key of Object.keys(value))
				if (!isContentLanguage(key))
					context.addIssue({ code: 'custom', message: 'invalid_language', path: [key] });
		})
		.transform(
			(value): Localized => Object.fromEntries(Object.entries(value).filter(([, text]) => text)) as Localized
		);

/** Text in several languages, written in at least one of them. */
export const requiredLocalized = (max: number) =>
	localizedTexts(max).refine((value) => Object.keys(value).length > 0, { error: 'localized_required' });

/** Text in several languages that may be left out; written in none, it is cleared. */
export const optionalLocalized = (max: number) =>
	localizedTexts(max)
		.transform((value) => (Object.keys(value).length > 0 ? value : null))
		.nullable()
		.optional();

/** A content language of the catalogue (content-languages.ts); any other tag is refused. */
export const ContentLanguageSchema = z.enum(contentLanguageTags, { error: 'invalid_language' });

/**
 * The languages a survey, programme, Delphi study, package or event declares: at least one language
 * of the catalogue, in the author's order (the first is the main one, shown when a text is missing in
 * the reader's). One tag arrives as a string from a form with one box ticked; none ticked is refused.
 */
export const DeclaredLanguagesSchema = z.preprocess(
	(value) => (typeof value === 'string' ? [value] : (value ?? [])),
	z
		.array(ContentLanguageSchema, { error: 'invalid_language' })
		.max(contentLanguageTags.length, { error: 'too_many' })
		.transform((values) => [...new Set(values)])
		.refine((values) => values.length > 0, { error: 'languages_required' })
);

/** ISO 3166-1 alpha-2; whether the country exists is checked against the country table. */
export const CountryCodeSchema = z
	.string({ error: 'invalid_country' })
	.trim()
	.toUpperCase()
	.regex(/^[A-Z]{2}$/, { error: 'invalid_country' });

export const LanguageCodeSchema = z
	.string({ error: 'invalid_language' })
	.trim()
	.toLowerCase()
	.refine((code) => languageCodes.has(code), { error: 'invalid_language' });

/** A list without repeats, in a stable order. */
export const setOf = <S extends z.ZodType<string>>(item: S, max: number, error: string) =>
	z
		.array(item, { error })
		.max(max, { error: 'too_many' })
		.transform((values) => [...new Set(values)].sort());

// ---------------------------------------------------------------- paging

export const maxPageSize = 100;
export const defaultPageSize = 25;

/** Which page of a list to read: the directory lists and the API's other lists page alike. */
export const PagingQuerySchema = z.object({
	page: z.coerce
		.number({ error: 'invalid_page' })
		.int({ error: 'invalid_page' })
		.min(1, { error: 'invalid_page' })
		.max(1_000_000, { error: 'invalid_page' })
		.default(1),
	pageSize: z.coerce
		.number({ error: 'invalid_page_size' })
		.int({ error: 'invalid_page_size' })
		.min(1, { error: 'invalid_page_size' })
		.max(maxPageSize, { error: 'invalid_page_size' })
		.default(defaultPageSize)
});

/** A yes/no answer: a boolean, or what a checkbox or radio sends ("yes", "no", "true", "on"…). */
export const yesNo = z.preprocess(
	(value) => (value === '' ? undefined : value),
	z.union([z.boolean(), z.stringbool()], { error: 'invalid_choice' }).default(false)
);

/** A whole number from `min` to `max` (a form's text coerced), refused with `error`. */
export const whole = (min: number, max: number, error: string) =>
	z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });

/** What a datetime-local field sends: "YYYY-MM-DDTHH:mm", read in the owner's time zone. */
export const wallClock = z
	.string({ error: 'invalid_date_time' })
	.regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, { error: 'invalid_date_time' });
