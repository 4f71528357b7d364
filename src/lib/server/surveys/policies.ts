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
import { assertCan, programmeReachOf, reachesProgramme } from '../auth/authorize.js';
import { survey } from '../db/schema/surveys.js';
import { DomainError } from '../errors.js';

/** What the policy needs to know of a survey. */
export type SurveyPlace = { programmeId: string };

const runnerReach = (actor: Actor) => programmeReachOf(actor, ['administrator', 'programme_coordinator']);

/** Whether the actor may open the surveys pages and create surveys (in some programme). */
export const canUseSurveys = (actor: Actor): boolean => runnerReach(actor).kind !== 'none';

/** Create, edit, distribute a survey and read its results. */
export const canRunSurvey = (actor: Actor, place: SurveyPlace): boolean =>
	reachesProgramme(runnerReach(actor), place.programmeId);

/** Results are read by whoever runs the survey (focal points do not: see above). */
export const canReadSurveyResults = canRunSurvey;

export const assertCanUseSurveys = (actor: Actor): void =>
	assertCan(actor, canUseSurveys(actor), 'use surveys');

export const assertCanRunSurvey = (actor: Actor, place: SurveyPlace): void =>
	assertCan(actor, canRunSurvey(actor, place), 'run this survey');

export const assertCanReadSurveyResults = (actor: Actor, place: SurveyPlace): void =>
	assertCan(actor, canReadSurveyResults(actor, place), 'read the results of this survey');

/**
 * The programme a survey is created in or moved to must be in the actor's reach; the refusal names
 * the field, so the form says it beside the choice.
 */
export function assertCanPlaceSurvey(actor: Actor, place: SurveyPlace): void {
	if (canRunSurvey(actor, place)) return;
	assertCanUseSurveys(actor);
	throw new DomainError('forbidden', 'not allowed to hold a survey in this programme', {
		fields: { programmeId: ['programme_outside_scope'] }
	});
}

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
