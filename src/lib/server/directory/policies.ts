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
import { assertCan, reachOf, reaches, type Reach } from '../auth/authorize.js';
import { organisation, person } from '../db/schema/directory.js';
import { DomainError } from '../errors.js';

export type OrganisationPlace = { countryCode: string | null };
export type PersonPlace = { countryCodes: readonly string[] };

/** The countries whose organisations and people an actor reaches. */
export const directoryReach = (actor: Actor): Reach =>
	reachOf(actor, { administrator: 'all', programme_coordinator: 'all', country_focal_point: 'scoped' });

export const canReadCountries = (_actor: Actor): boolean => true;

export const canUseDirectory = (actor: Actor): boolean => directoryReach(actor).kind !== 'none';

export function canReadOrganisation(actor: Actor, place: OrganisationPlace): boolean {
	const reach = directoryReach(actor);
	if (reach.kind === 'none') return false;
	return place.countryCode === null || reaches(reach, [place.countryCode]);
}

/** Creating, changing and archiving: an international organisation needs a platform-wide editor. */
export function canEditOrganisation(actor: Actor, place: OrganisationPlace): boolean {
	return reaches(directoryReach(actor), place.countryCode === null ? [] : [place.countryCode]);
}

/** A person belongs to every country they work in: reaching one of them is enough. */
export function canReadPerson(actor: Actor, place: PersonPlace): boolean {
	return reaches(directoryReach(actor), place.countryCodes);
}

/** Whoever may read a person's record may also change it. */
export const canEditPerson = canReadPerson;

export const assertCanUseDirectory = (actor: Actor): void =>
	assertCan(actor, canUseDirectory(actor), 'use the directory');

export const assertCanReadOrganisation = (actor: Actor, place: OrganisationPlace): void =>
	assertCan(actor, canReadOrganisation(actor, place), 'read this organisation');

export const assertCanEditOrganisation = (actor: Actor, place: OrganisationPlace): void =>
	assertCan(actor, canEditOrganisation(actor, place), 'change this organisation');

export const assertCanReadPerson = (actor: Actor, place: PersonPlace): void =>
	assertCan(actor, canReadPerson(actor, place), 'read this person');

export const assertCanEditPerson = (actor: Actor, place: PersonPlace): void =>
	assertCan(actor, canEditPerson(actor, place), 'change this person');

/**
 * Where a record is created or moved to must stay within the actor's countries; the refusal names
 * the field, so the form can say it beside the country choice.
 */
function assertCanPlace(allowed: boolean, field: string): void {
	if (allowed) return;
	throw new DomainError('forbidden', 'not allowed to place a record outside your countries', {
		fields: { [field]: ['country_outside_scope'] }
	});
}

export const assertCanPlaceOrganisation = (actor: Actor, place: OrganisationPlace): void =>
	assertCanPlace(canEditOrganisation(actor, place), 'countryCode');

export const assertCanPlacePerson = (actor: Actor, place: PersonPlace): void =>
	assertCanPlace(canEditPerson(actor, place), 'countryCodes');

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
