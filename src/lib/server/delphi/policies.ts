// Who may run Delphi studies, and what panellists see.
//
// Administrators and the coordinators of a study's programme run it: set it up, choose the panel,
// open and close rounds, read who answered and the results, record the meeting's votes. Panellists
// are not users here: their personal link opens their own panel's current round, where they see
// only the group's anonymised results and their own ratings (panel-round.ts). Nobody else sees a
// study.
import { inArray, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { assertCan, programmeReachOf, reachesProgramme } from '../auth/authorize.js';
import { delphiStudy } from '../db/schema/delphi.js';

const runnerReach = (actor: Actor) => programmeReachOf(actor, ['administrator', 'programme_coordinator']);

/** Whether an actor runs Delphi studies in some programme (the studies pages). */
export const canUseStudies = (actor: Actor): boolean => runnerReach(actor).kind !== 'none';

export const canRunStudy = (actor: Actor, place: { programmeId: string }): boolean =>
	reachesProgramme(runnerReach(actor), place.programmeId);

export const assertCanUseStudies = (actor: Actor): void =>
	assertCan(actor, canUseStudies(actor), 'use Delphi studies');

export const assertCanRunStudy = (actor: Actor, place: { programmeId: string }): void =>
	assertCan(actor, canRunStudy(actor, place), 'run this Delphi study');

/** The studies an actor runs, as a SQL condition (undefined: all of them). */
export function studiesInReach(actor: Actor): SQL | undefined {
	const reach = runnerReach(actor);
	if (reach.kind === 'all') return undefined;
	return reach.kind === 'programmes' ? inArray(delphiStudy.programmeId, reach.programmeIds) : sql`false`;
}
