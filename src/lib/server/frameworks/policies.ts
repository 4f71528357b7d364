// Who may build consensus frameworks, and who reads them once published.
//
// Administrators and the coordinators of a framework's programme build it: create it, edit its
// draft (sections, components, the statements each rests on) and publish versions. The draft is
// theirs alone, as a Delphi study is.
// A published version is the programme's agreed reference: whoever reads the programme (its
// editors, and the focal points of its participating countries, see programmes/policies.ts) reads
// its published frameworks and their traces. The statements and figures in a trace are the
// anonymised group results the panel itself saw, never who rated what, so showing them that far is
// safe. Trainers, reviewers, panellists, participants and the public read nothing here; a training
// package shows the titles of the components its modules cite to its own readers.
import { and, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { assertCan, programmeReachOf, reachesProgramme, type ProgrammeReach } from '../auth/authorize.js';
import { framework, frameworkVersion } from '../db/schema/frameworks.js';
import { DomainError } from '../errors.js';
import {
	canReadProgramme,
	canUseProgrammes,
	programmesInReach,
	type ProgrammePlace
} from '../programmes/policies.js';

/** What the policy needs to know of a framework: its programme and that programme's countries. */
export type FrameworkPlace = ProgrammePlace;

/** The programmes whose frameworks an actor builds. */
export const frameworkEditReach = (actor: Actor): ProgrammeReach =>
	programmeReachOf(actor, ['administrator', 'programme_coordinator']);

/** Whether an actor sees the frameworks pages at all (to build, or to read published ones). */
export const canUseFrameworks = (actor: Actor): boolean => canUseProgrammes(actor);

export const canCreateFrameworks = (actor: Actor): boolean => frameworkEditReach(actor).kind !== 'none';

export const canEditFramework = (actor: Actor, place: { programmeId: string }): boolean =>
	reachesProgramme(frameworkEditReach(actor), place.programmeId);

/** Published versions: the editors, and whoever reads the programme. */
export const canReadPublishedFramework = (actor: Actor, place: FrameworkPlace): boolean =>
	canEditFramework(actor, place) || canReadProgramme(actor, place);

export const assertCanUseFrameworks = (actor: Actor): void =>
	assertCan(actor, canUseFrameworks(actor), 'use consensus frameworks');

export const assertCanCreateFrameworks = (actor: Actor): void =>
	assertCan(actor, canCreateFrameworks(actor), 'create consensus frameworks');

export const assertCanEditFramework = (actor: Actor, place: { programmeId: string }): void =>
	assertCan(actor, canEditFramework(actor, place), 'change this consensus framework');

export const assertCanReadPublishedFramework = (actor: Actor, place: FrameworkPlace): void =>
	assertCan(actor, canReadPublishedFramework(actor, place), 'read this consensus framework');

/** Where a framework is created must be a programme the actor edits; said beside the field. */
export function assertCanPlaceFramework(actor: Actor, place: { programmeId: string }): void {
	if (canEditFramework(actor, place)) return;
	throw new DomainError('forbidden', 'not allowed to place a framework in this programme', {
		fields: { programmeId: ['programme_outside_scope'] }
	});
}

/** The frameworks an actor edits, as a SQL condition (undefined: all of them). */
export function frameworksEditableBy(actor: Actor): SQL | undefined {
	const reach = frameworkEditReach(actor);
	if (reach.kind === 'all') return undefined;
	return reach.kind === 'programmes' ? inArray(framework.programmeId, reach.programmeIds) : sql`false`;
}

/** Frameworks with a published version. */
export const isPublished = sql`exists (select 1 from ${frameworkVersion} where ${frameworkVersion.frameworkId} = ${framework.id})`;

/**
 * The frameworks an actor sees in a list, as a SQL condition over `framework` joined with its
 * `programme` (undefined: all): those they edit, and the published ones of programmes they read.
 */
export function frameworksInReach(actor: Actor): SQL | undefined {
	const editable = frameworksEditableBy(actor);
	if (editable === undefined) return undefined;
	const readable = programmesInReach(actor);
	return or(editable, and(isPublished, readable));
}
