import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { useTestDatabase } from './testing/database.js';
import { countRows } from './testing/fixtures.js';
import { db } from './db/client.js';
import { country } from './db/schema/directory.js';
import { loadReferenceData, referenceCountries } from './reference-data.js';

useTestDatabase();

const countryCount = () => countRows(country);

describe('loadReferenceData', () => {
	it('has loaded every country once, and a second run adds nothing', async () => {
		expect(await countryCount()).toBe(referenceCountries().length);
		await loadReferenceData(db());
		expect(await countryCount()).toBe(referenceCountries().length);
	});

	it('puts back a name or region that drifted, and rewrites no other row', async () => {
		await db()
			.update(country)
			.set({ name: { en: 'Hellas' }, region: 'americas' })
			.where(eq(country.code, 'GR'));
		const before = await db().execute(
			sql`select xmin::text as version, code from country where code <> 'GR' order by code`
		);
		await loadReferenceData(db());
		const [greece] = await db().select().from(country).where(eq(country.code, 'GR'));
		expect(greece).toEqual({ code: 'GR', name: { en: 'Greece', fr: 'Grèce', ar: 'اليونان' }, region: 'eu' });
		const after = await db().execute(
			sql`select xmin::text as version, code from country where code <> 'GR' order by code`
		);
		expect(after.rows).toEqual(before.rows);
	});
});
