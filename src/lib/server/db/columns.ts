// Column helpers shared by every domain's tables.
import { sql } from 'drizzle-orm';
import { char, jsonb, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ContentLocale, Localized } from '../../i18n/localized.js';

export const id = () =>
	uuid('id')
		.primaryKey()
		.default(sql`gen_random_uuid()`);

export const timestamps = () => ({
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true })
		.notNull()
		.defaultNow()
		.$onUpdate(() => new Date())
});

/** ISO 3166-1 alpha-2 code. */
export const countryCode = (name: string) => char(name, { length: 2 });

/** Text that users write in several languages: { en, fr, ar }. */
export const localized = (name: string) => jsonb(name).$type<Localized>();

/**
 * The languages an owner's texts are written in (catalogue tags, the first the main one). Rows made
 * before languages were declared keep the three that forms offered then.
 */
export const declaredLanguages = () =>
	text('languages')
		.array()
		.$type<ContentLocale[]>()
		.notNull()
		.default(sql`'{en,fr,ar}'::text[]`);
