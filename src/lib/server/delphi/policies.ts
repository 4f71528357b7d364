// Who may run Delphi studies, and what panellists see.
//
// Administrators and the coordinators of a study's programme run it: set it up, choose the panel,
// open and close rounds, read who answered and the results, record the meeting's votes. Panellists
// are not users here: their personal link opens their own panel's current round, where they see
// only the group's anonymised results and their own ratings (panel-round.ts). Nobody else sees a
// study.
import { inArray, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { programmeReachOf, reachesProgramme } from '../auth/reach.js';
import { delphiStudy } from '../db/schema/delphi.js';

/** What the policy needs to know of a study. */
export type StudyPlace = { kind: 'study'; programmeId: string };

const runnerReach = (actor: Actor) => programmeReachOf(actor, ['administrator', 'programme_coordinator']);

export const studyPolicy = {
	/** Open the studies pages: whoever runs studies in some programme. */
	list: (actor: Actor): boolean => runnerReach(actor).kind !== 'none',
	run: (actor: Actor, study: StudyPlace): boolean => reachesProgramme(runnerReach(actor), study.programmeId)
};

/** The studies an actor runs, as a SQL condition (undefined: all of them). */
export function studiesInReach(actor: Actor): SQL | undefined {
	const reach = runnerReach(actor);
	if (reach.kind === 'all') return undefined;
	return reach.kind === 'programmes' ? inArray(delphiStudy.programmeId, reach.programmeIds) : sql`false`;
}
