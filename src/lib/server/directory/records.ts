// Checks the directory's writes share: record identifiers, and countries that must exist.
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { country } from '../db/schema/directory.js';
import { DomainError } from '../errors.js';
import { assertRecordId } from '../validate.js';

/** A record identifier; one that is not a UUID names no record. */
export function parseRecordId(id: string): string {
	assertRecordId(id, 'record');
	return id;
}

/** Refuses, beside `field`, country codes that are not in the country table. */
export async function assertCountriesExist(
	tx: DbOrTx,
	codes: readonly string[],
	field: string
): Promise<void> {
	if (codes.length === 0) return;
	const known = await tx
		.select({ code: country.code })
		.from(country)
		.where(inArray(country.code, [...codes]));
	if (known.length < new Set(codes).size)
		throw new DomainError('invalid', 'unknown country', { fields: { [field]: ['unknown_country'] } });
}
