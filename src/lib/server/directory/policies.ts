// Who may read and change the network directory.
//
// Countries are public reference data: anyone may read them, even without an account.
// Administrators and programme coordinators read and edit the whole directory.
// A country focal point reads and edits the organisations and people of their countries, and reads
// (but does not edit) the international organisations, which belong to no country; they may not
// create a record outside their countries, nor move one out of them.
// Every other role, and the public, has no access to organisations and people.
// The same rule holds wherever people's names appear outside the directory: a programme's cascade
// shows every country's numbers to whoever reads the programme, but a trainer's name only to those
// who may read people of the trainer's country (a focal point sees "a trainer" elsewhere).
import { arrayOverlaps, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { reachOf, reaches, type Reach } from '../auth/reach.js';
import { organisation, person } from '../db/schema/directory.js';
import type { FieldErrors } from '../errors.js';

export type OrganisationPlace = { kind: 'organisation'; countryCode: string | null };
export type PersonPlace = { kind: 'person'; countryCodes: readonly string[] };

/** The countries whose organisations and people an actor reaches. */
export const directoryReach = (actor: Actor): Reach =>
	reachOf(actor, { administrator: 'all', programme_coordinator: 'all', country_focal_point: 'scoped' });

/** Open the directory's lists, and create records (in the actor's countries). */
const reachesSome = (actor: Actor): boolean => directoryReach(actor).kind !== 'none';

/** A person belongs to every country they work in: reaching one of them is enough. */
const reachesPerson = (actor: Actor, person: PersonPlace): boolean =>
	reaches(directoryReach(actor), person.countryCodes);

export const countryPolicy = {
	read: (_actor: Actor): boolean => true
};

export const organisationPolicy = {
	list: reachesSome,
	create: reachesSome,
	read(actor: Actor, organisation: OrganisationPlace): boolean {
		const reach = directoryReach(actor);
		if (reach.kind === 'none') return false;
		return organisation.countryCode === null || reaches(reach, [organisation.countryCode]);
	},
	/** Changing and archiving (creating, where it is placed): an international organisation needs a platform-wide editor. */
	edit: (actor: Actor, organisation: OrganisationPlace): boolean =>
		reaches(directoryReach(actor), organisation.countryCode === null ? [] : [organisation.countryCode])
};

export const personPolicy = {
	list: reachesSome,
	create: reachesSome,
	read: reachesPerson,
	/** Whoever may read a person's record may also change it. */
	edit: reachesPerson
};

/**
 * Where a record is created or moved to must stay within the actor's countries: the form field a
 * refusal names, so the form says it beside the country choice.
 */
export const organisationPlaceFields: FieldErrors = { countryCode: ['country_outside_scope'] };
export const personPlaceFields: FieldErrors = { countryCodes: ['country_outside_scope'] };

/** The organisations an actor may read, as a SQL condition (undefined: all of them). */
export function organisationsInReach(actor: Actor): SQL | undefined {
	const reach = directoryReach(actor);
	if (reach.kind === 'all') return undefined;
	if (reach.kind === 'none') return sql`false`;
	return or(isNull(organisation.countryCode), inArray(organisation.countryCode, reach.countryCodes));
}

/** Whether an actor may read people of the country in `countryCode` (a SQL expression), as SQL. */
export function personCountryInReach(actor: Actor, countryCode: SQL): SQL {
	const reach = directoryReach(actor);
	if (reach.kind === 'all') return sql`true`;
	if (reach.kind === 'none') return sql`false`;
	return sql`${countryCode} = any(${sql.param(reach.countryCodes)}::text[])`;
}

/** The people an actor may read, as a SQL condition (undefined: all of them). */
export function peopleInReach(actor: Actor): SQL | undefined {
	const reach = directoryReach(actor);
	if (reach.kind === 'all') return undefined;
	if (reach.kind === 'none') return sql`false`;
	return arrayOverlaps(person.countryCodes, reach.countryCodes);
}
