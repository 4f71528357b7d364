// Who may see and change programmes.
//
// Administrators and platform-wide programme coordinators read every programme and create new ones;
// a coordinator of one programme reads and edits that programme. Country focal points read the
// programmes their countries take part in (to run their events), without changing them. Everyone
// else, and the public, sees no programme here (published events are public on their own pages).
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { assertCan, programmeReachOf, reachOf, reachesProgramme } from '../auth/authorize.js';
import { programme, programmeCountry } from '../db/schema/programmes.js';

/** What the policy needs to know of a programme. */
export type ProgrammePlace = { programmeId: string; countryCodes: readonly string[] };

const editorReach = (actor: Actor) => programmeReachOf(actor, ['administrator', 'programme_coordinator']);
const focalPointReach = (actor: Actor) => reachOf(actor, { country_focal_point: 'scoped' });

export const canUseProgrammes = (actor: Actor): boolean =>
	editorReach(actor).kind !== 'none' || focalPointReach(actor).kind !== 'none';

export const canCreateProgrammes = (actor: Actor): boolean => editorReach(actor).kind === 'all';

export const canEditProgramme = (actor: Actor, place: ProgrammePlace): boolean =>
	reachesProgramme(editorReach(actor), place.programmeId);

export function canReadProgramme(actor: Actor, place: ProgrammePlace): boolean {
	if (canEditProgramme(actor, place)) return true;
	const countries = focalPointReach(actor);
	if (countries.kind === 'all') return true;
	return (
		countries.kind === 'countries' && place.countryCodes.some((code) => countries.countryCodes.includes(code))
	);
}

export const assertCanUseProgrammes = (actor: Actor): void =>
	assertCan(actor, canUseProgrammes(actor), 'use programmes');

export const assertCanCreateProgrammes = (actor: Actor): void =>
	assertCan(actor, canCreateProgrammes(actor), 'create programmes');

export const assertCanReadProgramme = (actor: Actor, place: ProgrammePlace): void =>
	assertCan(actor, canReadProgramme(actor, place), 'read this programme');

export const assertCanEditProgramme = (actor: Actor, place: ProgrammePlace): void =>
	assertCan(actor, canEditProgramme(actor, place), 'change this programme');

/** The programmes an actor may read, as a SQL condition (undefined: all of them). */
export function programmesInReach(actor: Actor): SQL | undefined {
	const editors = editorReach(actor);
	const countries = focalPointReach(actor);
	if (editors.kind === 'all' || countries.kind === 'all') return undefined;
	const conditions: SQL[] = [];
	if (editors.kind === 'programmes') conditions.push(inArray(programme.id, editors.programmeIds));
	if (countries.kind === 'countries') {
		conditions.push(
			sql`exists (select 1 from ${programmeCountry} where ${and(
				eq(programmeCountry.programmeId, programme.id),
				inArray(programmeCountry.countryCode, countries.countryCodes)
			)})`
		);
	}
	return conditions.length === 0 ? sql`false` : or(...conditions);
}
