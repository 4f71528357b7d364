// A survey's results: how many answered (per invitation group and per country, against the
// invitations sent), and for every question what its complete responses say. Everything is counted
// in PostgreSQL from the JSON answers (a survey may hold tens of thousands of responses): each
// query reads the filtered responses once and pulls out only the questions it needs.
import type { Actor } from '../../auth/actor.js';
import { db } from '../../db/client.js';
import { type Localized } from '../../../i18n/localized.js';
import type { SurveyDefinition } from '../../../surveys/definition.js';
import { authorize } from '../../auth/authorize.js';
import { getSurveyRow } from '../surveys.js';

/** What results need of a survey, loaded (and its reading allowed) before. */
export type ResultsSurvey = {
	id: string;
	programmeId: string;
	title: Localized;
	languages: string[];
	definition: SurveyDefinition;
};

/** The survey whose results the actor may read; not_found or forbidden otherwise. */
export async function getResultsSurvey(actor: Actor, id: string): Promise<ResultsSurvey> {
	const row = await getSurveyRow(db(), id);
	authorize(actor, 'readResults', { kind: 'survey', programmeId: row.programmeId });
	return {
		id: row.id,
		programmeId: row.programmeId,
		title: row.title,
		languages: row.languages,
		definition: row.definition
	};
}
