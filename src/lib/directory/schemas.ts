// Validation of the directory's records and list queries, shared by the forms, the API and the server.
// That a country or an organisation exists is checked by the domain, which answers with the same kind
// of field error.
import { z } from 'zod';
import { contentLocales } from '../i18n/localized.js';
import {
	CountryCodeSchema,
	LanguageCodeSchema,
	optional,
	optionalLocalized,
	PagingQuerySchema,
	requiredLocalized,
	requiredText,
	SearchQuerySchema,
	setOf,
	text
} from '../validation/common.js';
import { expertiseValues, organisationTypeValues, professionValues, regionValues } from './values.js';

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
