// Who may read and change training packages.
//
// Administrators, and programme coordinators who reach a package's programme, create packages in
// their programmes, edit their drafts, publish versions and archive them. A package of no programme
// is theirs only with a platform-wide grant.
// Everyone who works on the delivery side (administrators, programme coordinators, country focal
// points, trainers) reads the published versions of every package, and downloads their materials:
// a published version is what events are run with. Drafts are for their editors only.
// Reviewers, panel experts, participants and the public read nothing here.
import { inArray, or, sql, type SQL } from 'drizzle-orm';
import { hasRole, type Actor } from '../auth/actor.js';
import { programmeReachOf, reachesProgramme, type ProgrammeReach } from '../auth/reach.js';
import { packageVersion, trainingPackage } from '../db/schema/curriculum.js';
import type { FieldErrors } from '../errors.js';

export type PackagePlace = { kind: 'package'; programmeId: string | null };

/** The programmes whose packages an actor edits. */
export const packageEditReach = (actor: Actor): ProgrammeReach =>
	programmeReachOf(actor, ['administrator', 'programme_coordinator']);

const readsPublished = (actor: Actor): boolean =>
	hasRole(actor, 'administrator', 'programme_coordinator', 'country_focal_point', 'trainer');

/** Create a package at all (in some programme, or in none). */
const create = (actor: Actor): boolean => packageEditReach(actor).kind !== 'none';

/** The draft (and every change to it, publishing included) is its editors' alone. */
const edit = (actor: Actor, pkg: PackagePlace): boolean =>
	reachesProgramme(packageEditReach(actor), pkg.programmeId);

export const packagePolicy = {
	list: (actor: Actor): boolean => create(actor) || readsPublished(actor),
	create,
	edit,
	/** A package's versions are read by its editors, and by every reader once it has one. */
	read: (actor: Actor, pkg: PackagePlace & { versions: number }): boolean =>
		edit(actor, pkg) || (readsPublished(actor) && pkg.versions > 0)
};

/** Where a package is created or moved to must be a programme the actor edits: the field a refusal names. */
export const placeFields: FieldErrors = { programmeId: ['programme_outside_scope'] };

/** The packages an actor edits, as a SQL condition (undefined: all of them). */
export function packagesEditableBy(actor: Actor): SQL | undefined {
	const reach = packageEditReach(actor);
	if (reach.kind === 'all') return undefined;
	if (reach.kind === 'none') return sql`false`;
	return inArray(trainingPackage.programmeId, reach.programmeIds);
}

/** Packages that have a published version. */
export const isPublished = sql`exists (select 1 from ${packageVersion} where ${packageVersion.packageId} = ${trainingPackage.id})`;

/** The packages an actor may see in a list: those they edit, and the published ones if they read them. */
export function packagesInReach(actor: Actor): SQL | undefined {
	const editable = packagesEditableBy(actor);
	if (!readsPublished(actor)) return editable;
	return editable === undefined ? undefined : or(editable, isPublished);
}
