// Who may see and change programmes.
//
// Administrators and platform-wide programme coordinators read every programme and create new ones;
// a coordinator of one programme reads and edits that programme. Country focal points read the
// programmes their countries take part in (to run their events), without changing them. Everyone
// else, and the public, sees no programme here (published events are public on their own pages).
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { programmeReachOf, reachOf, reaches, reachesProgramme } from '../auth/reach.js';
import { programme, programmeCountry } from '../db/schema/programmes.js';

/** What the policy needs to know of a programme. */
export type ProgrammePlace = { kind: 'programme'; programmeId: string; countryCodes: readonly string[] };

const editorReach = (actor: Actor) => programmeReachOf(actor, ['administrator', 'programme_coordinator']);
const focalPointReach = (actor: Actor) => reachOf(actor, { country_focal_point: 'scoped' });

const edit = (actor: Actor, programme: ProgrammePlace): boolean =>
	reachesProgramme(editorReach(actor), programme.programmeId);

export const programmePolicy = {
	list: (actor: Actor): boolean =>
		editorReach(actor).kind !== 'none' || focalPointReach(actor).kind !== 'none',
	create: (actor: Actor): boolean => editorReach(actor).kind === 'all',
	read(actor: Actor, programme: ProgrammePlace): boolean {
		if (edit(actor, programme)) return true;
		return reaches(focalPointReach(actor), programme.countryCodes);
	},
	edit
};

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

/**
 * The participants' countries whose figures an actor may see on a programme's dashboard they read:
 * all of them (undefined) for its coordinators and platform-wide focal points, their own countries
 * for other focal points.
 */
export function dashboardCountries(actor: Actor, programmeId: string): string[] | undefined {
	if (reachesProgramme(editorReach(actor), programmeId)) return undefined;
	const countries = focalPointReach(actor);
	if (countries.kind === 'all') return undefined;
	return countries.kind === 'countries' ? countries.countryCodes : [];
}

/** The programmes an actor edits (administrators, their coordinators), as a SQL condition (undefined: all). */
export function programmesEditedBy(actor: Actor): SQL | undefined {
	const editors = editorReach(actor);
	if (editors.kind === 'all') return undefined;
	return editors.kind === 'programmes' ? inArray(programme.id, editors.programmeIds) : sql`false`;
}
