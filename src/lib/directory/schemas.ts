// Validation of the directory's records and list queries, shared by the forms, the API and the server.
// Error messages are message keys (see field-errors.ts); that a country or an organisation exists is
// checked by the domain, which answers with the same kind of field error.
import { z } from 'zod';
import { contentLocales, type Localized } from '../i18n/localized.js';
import { languageCodes } from './languages.js';
import { expertiseValues, organisationTypeValues, professionValues, regionValues } from './values.js';

/** A blank answer (what an empty form field sends) means "none"; other text is trimmed. */
const blankIsNull = (value: unknown) => (typeof value === 'string' ? value.trim() || null : value);

/** An optional value: absent leaves it unchanged, blank or null clears it. */
export const optional = <S extends z.ZodType>(schema: S) =>
	z.preprocess(blankIsNull, schema.nullable()).optional();

export const text = (max: number) =>
	z.string({ error: 'invalid_text' }).trim().max(max, { error: 'too_long' });

const requiredText = (max: number) => text(max).min(1, { error: 'required' });

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

/** One text per language; blank languages are dropped. */
const localizedTexts = (max: number) =>
	z
		.object(
			{ en: optional(text(max)), fr: optional(text(max)), ar: optional(text(max)) },
			{ error: 'invalid_text' }
		)
		.transform((value): Localized =>
			Object.fromEntries(contentLocales.flatMap((locale) => (value[locale] ? [[locale, value[locale]]] : [])))
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

// ---------------------------------------------------------------- organisations

export const OrganisationCreateSchema = z.object({
	name: requiredLocalized(300),
	acronym: optional(text(30)),
	type: z.enum(organisationTypeValues, { error: 'invalid_choice' }),
	/** null: an international organisation, based in no single country. */
	countryCode: optional(CountryCodeSchema),
	website: optional(z.httpUrl({ error: 'invalid_website' }).max(500, { error: 'too_long' })),
	description: optionalLocalized(4000)
});

/** Fields left out stay as they are; null (or blank) clears an optional one. */
export const OrganisationUpdateSchema = OrganisationCreateSchema.partial();

// ---------------------------------------------------------------- people

export const PersonCreateSchema = z.object({
	fullName: requiredText(200),
	email: optional(z.email({ error: 'invalid_email' }).toLowerCase().max(254, { error: 'too_long' })),
	organisationId: optional(z.uuid({ error: 'unknown_organisation' })),
	countryCodes: setOf(CountryCodeSchema, 30, 'invalid_country').optional(),
	profession: z.enum(professionValues, { error: 'invalid_choice' }),
	jobTitle: optional(text(200)),
	languages: setOf(LanguageCodeSchema, 20, 'invalid_language').optional(),
	expertise: setOf(z.enum(expertiseValues, { error: 'invalid_choice' }), 20, 'invalid_choice').optional(),
	/** Whether the person agreed to be contacted through the network; the time of consent is kept. */
	isContactConsented: z.boolean({ error: 'invalid_choice' }).optional()
});

export const PersonUpdateSchema = PersonCreateSchema.partial();

// ---------------------------------------------------------------- list queries

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

const listQuery = {
	/** Words to look for; names are matched with typo tolerance. */
	...SearchQuerySchema.shape,
	...PagingQuerySchema.shape,
	/** The reader's language: names are sorted as they read in it. */
	locale: z.enum(contentLocales, { error: 'invalid_choice' }).default('en')
};

const includeArchived = z.union([z.boolean(), z.stringbool()], { error: 'invalid_choice' }).default(false);

export const CountryListQuerySchema = z.object({
	...listQuery,
	region: z.enum(regionValues, { error: 'invalid_choice' }).optional()
});

export const OrganisationListQuerySchema = z.object({
	...listQuery,
	type: z.enum(organisationTypeValues, { error: 'invalid_choice' }).optional(),
	country: CountryCodeSchema.optional(),
	region: z.enum(regionValues, { error: 'invalid_choice' }).optional(),
	includeArchived
});

export const PersonListQuerySchema = z.object({
	...listQuery,
	country: CountryCodeSchema.optional(),
	region: z.enum(regionValues, { error: 'invalid_choice' }).optional(),
	profession: z.enum(professionValues, { error: 'invalid_choice' }).optional(),
	expertise: z.enum(expertiseValues, { error: 'invalid_choice' }).optional(),
	language: LanguageCodeSchema.optional(),
	/** People of one organisation. */
	organisation: z.uuid({ error: 'unknown_organisation' }).optional(),
	includeArchived
});
