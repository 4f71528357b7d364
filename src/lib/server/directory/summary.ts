// What the directory's front page shows: how many records of each kind the actor can open.
import { and, count, isNull } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { country, organisation, person } from '../db/schema/directory.js';
import { can } from '../auth/authorize.js';
import { organisationsInReach, peopleInReach } from './policies.js';

export type DirectorySummary = {
	countries: number;
	/** Undefined for those who may not open organisations and people (countries are public). */
	organisations?: number;
	people?: number;
};

export async function getDirectorySummary(actor: Actor): Promise<DirectorySummary> {
	const countries = can(actor, 'read', 'country')
		? (await db().select({ n: count() }).from(country))[0].n
		: 0;
	if (!can(actor, 'list', 'organisation')) return { countries };
	const [[organisations], [people]] = await Promise.all([
		db()
			.select({ n: count() })
			.from(organisation)
			.where(and(organisationsInReach(actor), isNull(organisation.archivedAt))),
		db()
			.select({ n: count() })
			.from(person)
			.where(and(peopleInReach(actor), isNull(person.archivedAt)))
	]);
	return { countries, organisations: organisations.n, people: people.n };
}
