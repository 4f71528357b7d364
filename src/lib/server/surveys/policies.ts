// Who may run surveys.
//
// A survey belongs to a programme. Administrators and the coordinators of that programme run it:
// create it, write its questions, distribute it and read its results. Country focal points do not
// read a survey's results here: the answers of a programme's survey come from many countries, and a
// focal point's view would have to be cut down to theirs everywhere results are shown (tables,
// exports, free text); until that is asked for, results stay with the programme's coordinators.
// Respondents need no account: a public or personal link is their capability (see respond.ts).
import { inArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../auth/actor.js';
import { programmeReachOf, reachesProgramme } from '../auth/reach.js';
import { survey } from '../db/schema/surveys.js';
import type { FieldErrors } from '../errors.js';

/** What the policy needs to know of a survey. */
export type SurveyPlace = { kind: 'survey'; programmeId: string };

const runnerReach = (actor: Actor) => programmeReachOf(actor, ['administrator', 'programme_coordinator']);

/** Open the surveys pages and create surveys (in some programme). */
const runsSome = (actor: Actor): boolean => runnerReach(actor).kind !== 'none';

/** Create, edit, distribute a survey and read its results. */
const run = (actor: Actor, survey: SurveyPlace): boolean =>
	reachesProgramme(runnerReach(actor), survey.programmeId);

export const surveyPolicy = {
	list: runsSome,
	create: runsSome,
	run,
	/** Results are read by whoever runs the survey (focal points do not: see above). */
	readResults: run
};

/** The programme a survey is created in or moved to must be in the actor's reach: the field a refusal names. */
export const placeFields: FieldErrors = { programmeId: ['programme_outside_scope'] };

/** The surveys an actor runs, as a SQL condition (undefined: all of them). */
export function surveysInReach(actor: Actor): SQL | undefined {
	const reach = runnerReach(actor);
	if (reach.kind === 'all') return undefined;
	return reach.kind === 'programmes' ? inArray(survey.programmeId, reach.programmeIds) : sql`false`;
}

/** The programmes an actor may hold surveys in, as a SQL condition on a programme id column. */
export function programmesForSurveys(actor: Actor, programmeId: AnyPgColumn): SQL | undefined {
	const reach = runnerReach(actor);
	if (reach.kind === 'all') return undefined;
	return reach.kind === 'programmes' ? inArray(programmeId, reach.programmeIds) : sql`false`;
}
