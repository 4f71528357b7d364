// A programme's codes in its DHIS2 instance, which the ADX export writes its figures under: read and
// kept by whoever edits the programme (its coordinators, administrators).
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { quartersBetween } from '../../evaluation/quarters.js';
import { AdxMappingSchema, type AdxMappingInput } from '../../evaluation/schemas.js';
import type { Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { assertUser, authorize } from '../auth/authorize.js';
import { db, type DbOrTx } from '../db/client.js';
import { country } from '../db/schema/directory.js';
import { evaluationAdxMapping } from '../db/schema/evaluation.js';
import { event } from '../db/schema/events.js';
import { DomainError, isDomainError, type FieldErrors } from '../errors.js';
import { getProgramme, programmePlace, type ProgrammeRecord } from '../programmes/programmes.js';
import { parseInput, type FieldsOf } from '../validate.js';
import { isAdxCategoryCode } from './adx.js';

export type AdxMappingPage = {
	programme: { id: string; name: Localized; acronym: string | null; startsOn: string; endsOn: string };
	/** The programme's countries, each needing an org unit code. */
	countries: { code: string; name: Localized }[];
	mapping: AdxMappingInput;
	/** The quarters to export from: the programme's, and those its events end in. */
	quarters: string[];
};

const noMapping: AdxMappingInput = {
	dataSet: '',
	dataElements: {},
	orgUnits: {},
	professionCategory: null,
	professionOptions: {}
};

/** The programme, after checking the actor edits it (what its DHIS2 codes and figures need). */
export async function getProgrammeToExchange(actor: Actor, programmeId: string): Promise<ProgrammeRecord> {
	const record = await getProgramme(actor, programmeId);
	authorize(actor, 'edit', programmePlace(record));
	return record;
}

/** The stored mapping of a programme, blank where none is kept. */
export async function findAdxMapping(database: DbOrTx, programmeId: string): Promise<AdxMappingInput> {
	const [row] = await database
		.select()
		.from(evaluationAdxMapping)
		.where(eq(evaluationAdxMapping.programmeId, programmeId));
	return row
		? {
				dataSet: row.dataSet,
				dataElements: row.dataElements,
				orgUnits: row.orgUnits,
				professionCategory: row.professionCategory,
				professionOptions: row.professionOptions
			}
		: noMapping;
}

/** The programme's mapping with its countries, for the exchange page. */
export async function getAdxMapping(actor: Actor, programmeId: string): Promise<AdxMappingPage> {
	const record = await getProgrammeToExchange(actor, programmeId);
	const codes = record.countries.map((c) => c.countryCode);
	const [names, mapping, [span]] = await Promise.all([
		codes.length === 0
			? []
			: db()
					.select({ code: country.code, name: country.name })
					.from(country)
					.where(inArray(country.code, codes)),
		findAdxMapping(db(), record.id),
		db()
			.select({
				first: sql<string | null>`to_char(min(${event.endsOn}), 'YYYY-MM-DD')`,
				last: sql<string | null>`to_char(max(${event.endsOn}), 'YYYY-MM-DD')`
			})
			.from(event)
			.where(and(eq(event.programmeId, record.id), isNull(event.archivedAt)))
	]);
	const dates = [record.startsOn, record.endsOn, span.first, span.last]
		.filter((date) => date !== null)
		.sort();
	const nameOf = new Map(names.map((row) => [row.code, row.name as Localized]));
	return {
		programme: {
			id: record.id,
			name: record.name,
			acronym: record.acronym,
			startsOn: record.startsOn,
			endsOn: record.endsOn
		},
		countries: codes.map((code) => ({ code, name: nameOf.get(code) ?? { en: code } })),
		mapping,
		quarters: quartersBetween(dates[0], dates[dates.length - 1])
	};
}

/**
 * Replaces the programme's mapping. Refused beside the field: an org unit of a country the
 * programme does not have, and a category code that cannot be an XML attribute name (ADX writes it
 * as one).
 */
export async function saveAdxMapping(
	actor: Actor,
	programmeId: string,
	input: FieldsOf<typeof AdxMappingSchema>
): Promise<AdxMappingInput> {
	assertUser(actor);
	const record = await getProgrammeToExchange(actor, programmeId);
	// Checked on what was sent, so that they are listed with the schema's problems.
	const fields: FieldErrors = {};
	const countries = new Set(record.countries.map((c) => c.countryCode));
	const sentOrgUnits = typeof input.orgUnits === 'object' && input.orgUnits !== null ? input.orgUnits : {};
	for (const [code, value] of Object.entries(sentOrgUnits))
		if (typeof value === 'string' && value.trim() && !countries.has(code.trim().toUpperCase()))
			fields[`orgUnits.${code}`] = ['country_not_in_programme'];
	const category = typeof input.professionCategory === 'string' ? input.professionCategory.trim() : '';
	if (category && !isAdxCategoryCode(category)) fields.professionCategory = ['invalid_category_code'];
	let mapping: AdxMappingInput | undefined;
	try {
		mapping = parseInput(AdxMappingSchema, input);
	} catch (error) {
		if (!isDomainError(error) || !error.fields) throw error;
		for (const [field, keys] of Object.entries(error.fields))
			fields[field] = [...(fields[field] ?? []), ...keys];
	}
	if (!mapping || Object.keys(fields).length > 0)
		throw new DomainError('invalid', 'invalid DHIS2 codes', { fields });
	const row = { ...mapping, updatedBy: actor.userId, updatedAt: new Date() };
	await db()
		.insert(evaluationAdxMapping)
		.values({ programmeId: record.id, ...row })
		.onConflictDoUpdate({ target: evaluationAdxMapping.programmeId, set: row });
	return mapping;
}
