// Who may keep the inventory of existing training packages, and who reviews them.
//
// The inventory belongs to a programme. Administrators and the programme's coordinators manage it:
// add and correct packages, define the criteria packages are reviewed against, turn the mapping
// survey's responses into packages and experts, and read every review with the averages. Reviewers
// (platform-wide, or for one programme) read the programme's inventory and submit their own review
// of each package, which they may change; they see only their own review, so that others' scores do
// not sway theirs. Nobody else sees the inventory.
import { inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { assertCan, programmeReachOf, reachesProgramme, type ProgrammeReach } from '../auth/authorize.js';
import { inventoryPackage } from '../db/schema/inventory.js';
import { DomainError } from '../errors.js';

/** What the policy needs to know of a package or of a criterion. */
export type InventoryPlace = { programmeId: string };

const managerReach = (actor: Actor) => programmeReachOf(actor, ['administrator', 'programme_coordinator']);
const reviewerReach = (actor: Actor) => programmeReachOf(actor, ['reviewer']);

/** Whether the actor may open the inventory pages (as a manager or a reviewer of some programme). */
export const canUseInventory = (actor: Actor): boolean =>
	managerReach(actor).kind !== 'none' || reviewerReach(actor).kind !== 'none';

/** Whether the actor manages the inventory of some programme (adding packages, the criteria pages). */
export const canManageSomeInventory = (actor: Actor): boolean => managerReach(actor).kind !== 'none';

export const canManageInventory = (actor: Actor, place: InventoryPlace): boolean =>
	reachesProgramme(managerReach(actor), place.programmeId);

export const canReviewPackages = (actor: Actor, place: InventoryPlace): boolean =>
	reachesProgramme(reviewerReach(actor), place.programmeId);

export const canReadInventory = (actor: Actor, place: InventoryPlace): boolean =>
	canManageInventory(actor, place) || canReviewPackages(actor, place);

/** Every review of a package, with who wrote it, and the averages: the managers'. */
export const canReadReviews = canManageInventory;

export const assertCanUseInventory = (actor: Actor): void =>
	assertCan(actor, canUseInventory(actor), 'use the inventory');

export const assertCanReadInventory = (actor: Actor, place: InventoryPlace): void =>
	assertCan(actor, canReadInventory(actor, place), 'read this inventory');

export const assertCanManageInventory = (actor: Actor, place: InventoryPlace): void =>
	assertCan(actor, canManageInventory(actor, place), 'manage this inventory');

export const assertCanReviewPackages = (actor: Actor, place: InventoryPlace): void =>
	assertCan(actor, canReviewPackages(actor, place), 'review this package');

/** A package is created in a programme the actor manages; the refusal names the field. */
export function assertCanPlacePackage(actor: Actor, place: InventoryPlace): void {
	if (canManageInventory(actor, place)) return;
	assertCan(actor, canManageSomeInventory(actor), 'manage the inventory');
	throw new DomainError('forbidden', 'not allowed to add to the inventory of this programme', {
		fields: { programmeId: ['programme_outside_scope'] }
	});
}

const condition = (reach: ProgrammeReach, column: typeof inventoryPackage.programmeId): SQL | undefined => {
	if (reach.kind === 'all') return undefined;
	return reach.kind === 'programmes' ? inArray(column, reach.programmeIds) : sql`false`;
};

/** The packages an actor may read, as a SQL condition (undefined: all of them). */
export function packagesInReach(actor: Actor): SQL | undefined {
	const managed = condition(managerReach(actor), inventoryPackage.programmeId);
	const reviewed = condition(reviewerReach(actor), inventoryPackage.programmeId);
	if (managed === undefined || reviewed === undefined) return undefined;
	return or(managed, reviewed);
}
