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
import { assertCan, programmeReachOf, reachesProgramme, type ProgrammeReach } from '../auth/authorize.js';
import { packageVersion, trainingPackage } from '../db/schema/curriculum.js';
import { DomainError } from '../errors.js';

export type PackagePlace = { programmeId: string | null };

/** The programmes whose packages an actor edits. */
export const packageEditReach = (actor: Actor): ProgrammeReach =>
	programmeReachOf(actor, ['administrator', 'programme_coordinator']);

export const canReadPublishedPackages = (actor: Actor): boolean =>
	hasRole(actor, 'administrator', 'programme_coordinator', 'country_focal_point', 'trainer');

/** Whether the actor may create a package at all (in some programme, or in none). */
export const canCreatePackages = (actor: Actor): boolean => packageEditReach(actor).kind !== 'none';

export const canEditPackage = (actor: Actor, place: PackagePlace): boolean =>
	reachesProgramme(packageEditReach(actor), place.programmeId);

export const canUsePackages = (actor: Actor): boolean =>
	canCreatePackages(actor) || canReadPublishedPackages(actor);

export const assertCanUsePackages = (actor: Actor): void =>
	assertCan(actor, canUsePackages(actor), 'use training packages');

export const assertCanCreatePackages = (actor: Actor): void =>
	assertCan(actor, canCreatePackages(actor), 'create training packages');

/** The draft (and every change to it, publishing included) is its editors' alone. */
export const assertCanEditPackage = (actor: Actor, place: PackagePlace): void =>
	assertCan(actor, canEditPackage(actor, place), 'change this training package');

/** A package's versions are read by its editors, and by every reader once it has one. */
export const canReadVersions = (actor: Actor, place: PackagePlace & { versions: number }): boolean =>
	canEditPackage(actor, place) || (canReadPublishedPackages(actor) && place.versions > 0);

export const assertCanReadVersions = (actor: Actor, place: PackagePlace & { versions: number }): void =>
	assertCan(actor, canReadVersions(actor, place), 'read this training package');

/** Where a package is created or moved to must be a programme the actor edits; said beside the field. */
export function assertCanPlacePackage(actor: Actor, place: PackagePlace): void {
	if (canEditPackage(actor, place)) return;
	throw new DomainError('forbidden', 'not allowed to place a package in this programme', {
		fields: { programmeId: ['programme_outside_scope'] }
	});
}

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
	if (!canReadPublishedPackages(actor)) return editable;
	return editable === undefined ? undefined : or(editable, isPublished);
}
