// The network directory: countries, organisations, people.
import { sql } from 'drizzle-orm';
import { boolean, check, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisationTypeValues, regionValues } from '../../../directory/values.js';
import { countryCode, id, localized, timestamps } from '../columns.js';
import { user } from './auth.js';
import { expertiseEnum, professionEnum } from './enums.js';

export const regionEnum = pgEnum('region', regionValues);

export const country = pgTable('country', {
	code: countryCode('code').primaryKey(),
	name: localized('name').notNull(),
	region: regionEnum('region').notNull()
});

export const organisationTypeEnum = pgEnum('organisation_type', organisationTypeValues);

export const organisation = pgTable(
	'organisation',
	{
		id: id(),
		name: localized('name').notNull(),
		acronym: text('acronym'),
		type: organisationTypeEnum('type').notNull(),
		countryCode: countryCode('country_code').references(() => country.code),
		website: text('website'),
		description: localized('description'),
		searchText: text('search_text').generatedAlwaysAs(
			sql`lower(coalesce(name->>'en', '') || ' ' || coalesce(name->>'fr', '') || ' ' || coalesce(name->>'ar', '') || ' ' || coalesce(acronym, ''))`
		),
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		...timestamps()
	},
	(t) => [
		index('organisation_country_idx').on(t.countryCode),
		index('organisation_search_idx').using('gin', sql`${t.searchText} gin_trgm_ops`)
	]
);

export const person = pgTable(
	'person',
	{
		id: id(),
		fullName: text('full_name').notNull(),
		email: text('email'),
		organisationId: uuid('organisation_id').references(() => organisation.id),
		countryCodes: text('country_codes')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		profession: professionEnum('profession').notNull(),
		jobTitle: text('job_title'),
		languages: text('languages')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		expertise: expertiseEnum('expertise')
			.array()
			.notNull()
			.default(sql`'{}'`),
		isContactConsented: boolean('is_contact_consented').notNull().default(false),
		contactConsentedAt: timestamp('contact_consented_at', { withTimezone: true }),
		userId: text('user_id')
			.unique()
			.references(() => user.id, { onDelete: 'set null' }),
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		...timestamps()
	},
	(t) => [
		index('person_countries_idx').using('gin', t.countryCodes),
		index('person_organisation_idx').on(t.organisationId),
		index('person_name_search_idx').using('gin', sql`lower(${t.fullName}) gin_trgm_ops`),
		check('person_email_shape', sql`${t.email} is null or ${t.email} like '%_@_%'`)
	]
);
