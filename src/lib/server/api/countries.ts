// Countries in the API: public reference data.
import { z } from 'zod';
import { CountryListQuerySchema } from '../../directory/schemas.js';
import { CountryCodeSchema } from '../../validation/common.js';
import { regionEnum, type country } from '../db/schema/directory.js';
import { getCountry, listCountries } from '../directory/countries.js';
import {
	component,
	itemEnvelope,
	LocalizedTextSchema,
	localizedText,
	pageEnvelope,
	pageOf
} from './envelopes.js';
import { defineOperation, noParams } from './operation.js';

export const CountrySchema = component(
	'Country',
	z.object({
		code: z
			.string()
			.regex(/^[A-Z]{2}$/)
			.describe('ISO 3166-1 alpha-2 code'),
		name: LocalizedTextSchema,
		region: z.enum(regionEnum.enumValues)
	})
);
const CountryPageSchema = component('CountryPage', pageEnvelope(CountrySchema));
const CountryItemSchema = component('CountryItem', itemEnvelope(CountrySchema));

export function toCountry(row: Pick<typeof country.$inferSelect, 'code' | 'name' | 'region'>) {
	return { code: row.code, name: localizedText(row.name), region: row.region };
}

export const countryOperations = {
	list: defineOperation({
		id: 'listCountries',
		method: 'GET',
		path: '/countries',
		tag: 'countries',
		access: 'public',
		params: noParams,
		query: CountryListQuerySchema,
		success: { status: 200, schema: CountryPageSchema },
		run: async ({ actor, query }) => pageOf(await listCountries(actor, query), toCountry)
	}),
	get: defineOperation({
		id: 'getCountry',
		method: 'GET',
		path: '/countries/{code}',
		tag: 'countries',
		access: 'public',
		params: z.object({ code: CountryCodeSchema.meta({ examples: ['GR'] }) }),
		success: { status: 200, schema: CountryItemSchema },
		run: async ({ actor, params }) => ({ data: toCountry(await getCountry(actor, params.code)) })
	})
};
