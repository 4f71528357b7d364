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
import { programmeReachOf, reachesProgramme, type ProgrammeReach } from '../auth/reach.js';
import { inventoryPackage } from '../db/schema/inventory.js';
import type { FieldErrors } from '../errors.js';

/** What the policy needs to know of a package or of a criterion: the inventory of its programme. */
export type InventoryPlace = { kind: 'inventory'; programmeId: string };

const managerReach = (actor: Actor) => programmeReachOf(actor, ['administrator', 'programme_coordinator']);
const reviewerReach = (actor: Actor) => programmeReachOf(actor, ['reviewer']);

const manage = (actor: Actor, inventory: InventoryPlace): boolean =>
	reachesProgramme(managerReach(actor), inventory.programmeId);
const review = (actor: Actor, inventory: InventoryPlace): boolean =>
	reachesProgramme(reviewerReach(actor), inventory.programmeId);

export const inventoryPolicy = {
	/** Open the inventory pages (as a manager or a reviewer of some programme). */
	list: (actor: Actor): boolean =>
		managerReach(actor).kind !== 'none' || reviewerReach(actor).kind !== 'none',
	/** Manage the inventory of some programme: add packages, the criteria pages. */
	add: (actor: Actor): boolean => managerReach(actor).kind !== 'none',
	read: (actor: Actor, inventory: InventoryPlace): boolean =>
		manage(actor, inventory) || review(actor, inventory),
	manage,
	review,
	/** Every review of a package, with who wrote it, and the averages: the managers'. */
	readReviews: manage
};

/** A package is created in a programme the actor manages: the field a refusal names. */
export const placeFields: FieldErrors = { programmeId: ['programme_outside_scope'] };

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
