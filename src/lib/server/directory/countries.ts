// Countries: public reference data (ISO 3166-1), loaded at start by reference-data.ts.
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { CountryListQuerySchema } from '../../directory/schemas.js';
import { CountryCodeSchema } from '../../validation/common.js';
import type { Region } from '../../directory/values.js';
import type { ContentLocale, Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { country } from '../db/schema/directory.js';
import { DomainError } from '../errors.js';
import { parseInput, type FieldsOf } from '../validate.js';
import { byLocalizedName, nameSearch, offsetOf, type Page } from './listing.js';
import { authorize } from '../auth/authorize.js';

export type CountryRow = { code: string; name: Localized; region: Region };

export const countryColumns = { code: country.code, name: country.name, region: country.region };

/** A country's code and every one of its names, lower-cased, for search: "mt", "malte" and "مالطا" find Malta. */
const searchableNames = sql`lower(concat_ws(' ', ${country.code}, ${country.name}->>'en', ${country.name}->>'fr', ${country.name}->>'ar'))`;

export async function listCountries(
	actor: Actor,
	input?: FieldsOf<typeof CountryListQuerySchema>
): Promise<Page<CountryRow>> {
	authorize(actor, 'read', 'country');
	const query = parseInput(CountryListQuerySchema, input ?? {});
	const filters = query.region ? eq(country.region, query.region) : undefined;
	const search = query.q
		? await nameSearch(searchableNames, query.q, (score) =>
				db().select({ best: score }).from(country).where(filters)
			)
		: undefined;
	const where = and(filters, search?.where);
	const [rows, [{ total }]] = await Promise.all([
		db()
			.select(countryColumns)
			.from(country)
			.where(where)
			.orderBy(...(search?.orderBy ?? []), byLocalizedName(country.name, query.locale), asc(country.code))
			.limit(query.pageSize)
			.offset(offsetOf(query)),
		db().select({ total: count() }).from(country).where(where)
	]);
	return { rows, total, page: query.page, pageSize: query.pageSize };
}

export async function getCountry(actor: Actor, code: string): Promise<CountryRow> {
	authorize(actor, 'read', 'country');
	const wanted = CountryCodeSchema.safeParse(code);
	const [row] = wanted.success
		? await db().select(countryColumns).from(country).where(eq(country.code, wanted.data))
		: [];
	if (!row) throw new DomainError('not_found', 'no such country');
	return row;
}

/** Every country, by name in the reader's language: the choices of a country field. */
export async function listCountryChoices(actor: Actor, reader: ContentLocale): Promise<CountryRow[]> {
	authorize(actor, 'read', 'country');
	return db()
		.select(countryColumns)
		.from(country)
		.orderBy(byLocalizedName(country.name, reader), asc(country.code));
}
