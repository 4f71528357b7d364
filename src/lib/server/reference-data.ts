// Reference data every database needs, whatever else it holds. Idempotent, and cheap enough to run
// at every start: one statement that rewrites only the rows whose names or region changed.
import { sql } from 'drizzle-orm';
import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import type { DbOrTx } from './db/client.js';
import { country } from './db/schema/directory.js';
import { regionOf } from './directory/regions.js';

for (const locale of [en, fr, ar]) countries.registerLocale(locale);

/** Every ISO 3166-1 country with its names in English, French and Arabic and its region. */
export function referenceCountries(): (typeof country.$inferInsert)[] {
	const names = {
		en: countries.getNames('en', { select: 'official' }),
		fr: countries.getNames('fr', { select: 'official' }),
		ar: countries.getNames('ar', { select: 'official' })
	};
	return Object.keys(countries.getAlpha2Codes()).map((code) => {
		const region = regionOf(code);
		if (!region) throw new Error(`country ${code} has no region: add it to directory/regions.ts`);
		return { code, name: { en: names.en[code], fr: names.fr[code], ar: names.ar[code] }, region };
	});
}

export async function loadReferenceData(db: DbOrTx): Promise<void> {
	await db
		.insert(country)
		.values(referenceCountries())
		.onConflictDoUpdate({
			target: country.code,
			set: { name: sql`excluded.name`, region: sql`excluded.region` },
			setWhere: sql`(${country.name}, ${country.region}) is distinct from (excluded.name, excluded.region)`
		});
}
