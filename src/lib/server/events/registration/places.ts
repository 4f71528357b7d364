// The places an event's registrations hold, against its capacity and quotas.
import { and, count, eq, inArray, ne } from 'drizzle-orm';
import { holdingStatuses, type RegistrationStatus } from '../../../events/values.js';
import type { Tx } from '../../db/client.js';
import { eventCategoryQuota, eventCountryQuota, registration } from '../../db/schema/events.js';
import type { Places } from '../registration-status.js';
import type { EventFacts, Registrant } from './news.js';

export const holdsPlace = (status: RegistrationStatus) =>
	(holdingStatuses as readonly string[]).includes(status);

export type Quotas = { byCountry: Map<string, number>; byCategory: Map<string, number> };
export type Held = { all: number; byCountry: Map<string, number>; byCategory: Map<string, number> };

export async function quotasOf(tx: Tx, eventId: string): Promise<Quotas> {
	const countries = await tx
		.select({ key: eventCountryQuota.countryCode, places: eventCountryQuota.places })
		.from(eventCountryQuota)
		.where(eq(eventCountryQuota.eventId, eventId));
	const categories = await tx
		.select({ key: eventCategoryQuota.category, places: eventCategoryQuota.places })
		.from(eventCategoryQuota)
		.where(eq(eventCategoryQuota.eventId, eventId));
	const mapOf = (rows: { key: string; places: number }[]) => new Map(rows.map((r) => [r.key, r.places]));
	return { byCountry: mapOf(countries), byCategory: mapOf(categories) };
}

/** The places held now, leaving out the registration `except` (the one being decided). */
export async function heldPlaces(tx: Tx, eventId: string, except?: string): Promise<Held> {
	const rows = await tx
		.select({ countryCode: registration.countryCode, category: registration.category, held: count() })
		.from(registration)
		.where(
			and(
				eq(registration.eventId, eventId),
				inArray(registration.status, holdingStatuses),
				except ? ne(registration.id, except) : undefined
			)
		)
		.groupBy(registration.countryCode, registration.category);
	const held: Held = { all: 0, byCountry: new Map(), byCategory: new Map() };
	for (const row of rows) take(held, row, row.held);
	return held;
}

export function take(held: Held, who: Pick<Registrant, 'countryCode' | 'category'>, places = 1): void {
	held.all += places;
	held.byCountry.set(who.countryCode, (held.byCountry.get(who.countryCode) ?? 0) + places);
	held.byCategory.set(who.category, (held.byCategory.get(who.category) ?? 0) + places);
}

export const placesOf = (
	capacity: number | null,
	quotas: Quotas,
	held: Held,
	who: Pick<Registrant, 'countryCode' | 'category'>
): Places => ({
	capacity,
	held: held.all,
	countryPlaces: quotas.byCountry.get(who.countryCode) ?? null,
	countryHeld: held.byCountry.get(who.countryCode) ?? 0,
	categoryPlaces: quotas.byCategory.get(who.category) ?? null,
	categoryHeld: held.byCategory.get(who.category) ?? 0
});

export async function placesFor(tx: Tx, facts: EventFacts, who: Registrant): Promise<Places> {
	const quotas = await quotasOf(tx, facts.eventId);
	return placesOf(facts.capacity, quotas, await heldPlaces(tx, facts.eventId, who.id), who);
}
