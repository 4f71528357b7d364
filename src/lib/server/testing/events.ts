// Events written straight into their tables, for the database tests that need one to exist. For tests only.
import { db } from '../db/client.js';
import { event, eventCategoryQuota, eventCountryQuota } from '../db/schema/events.js';

export type EventValues = Partial<typeof event.$inferInsert>;

let serial = 0;

/**
 * A numbered pilot training in Greece, in English, at the end of May 2018, unless `values` say
 * otherwise, with these places per country and per category; its id.
 */
export async function newEvent(
	values: EventValues = {},
	quotas: { countries?: Record<string, number>; categories?: Record<string, number> } = {}
): Promise<string> {
	const [{ id }] = await db()
		.insert(event)
		.values({
			kind: 'pilot_training',
			title: { en: `Event ${++serial}` },
			startsOn: '2018-05-29',
			endsOn: '2018-05-31',
			countryCode: 'GR',
			language: 'en',
			...values
		})
		.returning({ id: event.id });
	for (const [countryCode, places] of Object.entries(quotas.countries ?? {}))
		await db().insert(eventCountryQuota).values({ eventId: id, countryCode, places });
	for (const [category, places] of Object.entries(quotas.categories ?? {}))
		await db()
			.insert(eventCategoryQuota)
			.values({ eventId: id, category: category as 'academic', places });
	return id;
}
