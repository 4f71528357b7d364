// Surveys: create one in a programme, read it with its questions, list those the actor runs with
// their response counts, change its title, introduction and languages.
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { SurveyDefinition } from '../../surveys/definition.js';
import { SurveyCreateSchema, SurveyUpdateSchema } from '../../surveys/schemas.js';
import { surveyStatus, type ResponseStatus, type SurveyStatus } from '../../surveys/status.js';
import { nameWithAcronym } from '../../directory/name-with-acronym.js';
import type { ContentLocale, Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db, type DbOrTx } from '../db/client.js';
import { programme } from '../db/schema/programmes.js';
import { survey, surveyResponse } from '../db/schema/surveys.js';
import { byLocalizedName } from '../directory/listing.js';
import { DomainError } from '../errors.js';
import { assertRecordId, parseInput, type FieldsOf } from '../validate.js';
import { authorize } from '../auth/authorize.js';
import { placeFields, programmesForSurveys, surveysInReach } from './policies.js';

export type SurveyRow = typeof survey.$inferSelect;
export type SurveyRecord = Omit<SurveyRow, 'languages'> & {
	/** Only catalogue languages are stored (DeclaredLanguagesSchema). */
	languages: ContentLocale[];
	programmeName: Localized;
	programmeAcronym: string | null;
	status: SurveyStatus;
	responses: { complete: number; inProgress: number };
};

/**
 * Creates a survey in a programme the actor runs surveys of; `definition` (questions) may come
 * whole, as from an XLSForm, and is validated like every change the builder makes.
 */
export async function createSurvey(
	actor: Actor,
	input: FieldsOf<typeof SurveyCreateSchema>
): Promise<{ id: string }> {
	authorize(actor, 'create', 'survey');
	const values = parseInput(SurveyCreateSchema, input);
	authorize(actor, 'run', { kind: 'survey', programmeId: values.programmeId }, placeFields);
	const [found] = await db()
		.select({ id: programme.id })
		.from(programme)
		.where(and(eq(programme.id, values.programmeId), isNull(programme.archivedAt)));
	if (!found)
		throw new DomainError('invalid', 'no such programme', { fields: { programmeId: ['invalid_choice'] } });
	const [row] = await db()
		.insert(survey)
		.values({
			programmeId: values.programmeId,
			title: values.title,
			languages: values.languages,
			definition: values.definition as SurveyDefinition,
			createdBy: actor.kind === 'user' ? actor.userId : null
		})
		.returning({ id: survey.id });
	return row;
}

/** Reads the survey row for a policy check; not_found for an unknown or malformed id. */
export async function getSurveyRow(tx: DbOrTx, id: string, lock = false): Promise<SurveyRow> {
	assertRecordId(id, 'survey');
	const query = tx
		.select()
		.from(survey)
		.where(and(eq(survey.id, id), isNull(survey.archivedAt)));
	const [row] = lock ? await query.for('update') : await query;
	if (!row) throw new DomainError('not_found', 'no such survey');
	return row;
}

/** A survey with its questions, programme, status and how many have answered. */
export async function getSurvey(actor: Actor, id: string): Promise<SurveyRecord> {
	assertRecordId(id, 'survey');
	const [row] = await db()
		.select({
			survey,
			programmeName: programme.name,
			programmeAcronym: programme.acronym,
			complete: responseCount('complete'),
			inProgress: responseCount('in_progress')
		})
		.from(survey)
		.innerJoin(programme, eq(programme.id, survey.programmeId))
		.where(and(eq(survey.id, id), isNull(survey.archivedAt)));
	if (!row) throw new DomainError('not_found', 'no such survey');
	authorize(actor, 'run', { kind: 'survey', programmeId: row.survey.programmeId });
	return {
		...row.survey,
		languages: row.survey.languages as ContentLocale[],
		programmeName: row.programmeName,
		programmeAcronym: row.programmeAcronym,
		status: surveyStatus(row.survey),
		responses: { complete: row.complete, inProgress: row.inProgress }
	};
}

const responseCount = (status: ResponseStatus) =>
	sql<number>`(select count(*)::int from ${surveyResponse} where ${surveyResponse.surveyId} = ${survey.id} and ${surveyResponse.status} = ${status})`;

export type SurveyListRow = Pick<SurveyRow, 'id' | 'title' | 'languages' | 'opensAt' | 'closesAt'> & {
	programmeName: Localized;
	programmeAcronym: string | null;
	status: SurveyStatus;
	responses: { complete: number; inProgress: number };
};

/** The surveys the actor runs, newest first, with their programme and response counts. */
export async function listSurveys(actor: Actor): Promise<SurveyListRow[]> {
	authorize(actor, 'list', 'survey');
	const rows = await db()
		.select({
			id: survey.id,
			title: survey.title,
			languages: survey.languages,
			opensAt: survey.opensAt,
			closesAt: survey.closesAt,
			programmeName: programme.name,
			programmeAcronym: programme.acronym,
			complete: responseCount('complete'),
			inProgress: responseCount('in_progress')
		})
		.from(survey)
		.innerJoin(programme, eq(programme.id, survey.programmeId))
		.where(and(surveysInReach(actor), isNull(survey.archivedAt)))
		.orderBy(desc(survey.createdAt), asc(survey.id));
	return rows.map(({ complete, inProgress, ...row }) => ({
		...row,
		status: surveyStatus(row),
		responses: { complete, inProgress }
	}));
}

/** Changes a survey's title, introduction and languages (its questions: see builder.ts). */
export async function updateSurvey(
	actor: Actor,
	id: string,
	input: FieldsOf<typeof SurveyUpdateSchema>
): Promise<void> {
	const row = await getSurveyRow(db(), id);
	authorize(actor, 'run', { kind: 'survey', programmeId: row.programmeId });
	const values = parseInput(SurveyUpdateSchema, input);
	await db()
		.update(survey)
		.set({ title: values.title, introduction: values.introduction ?? null, languages: values.languages })
		.where(eq(survey.id, id));
}

/** The programmes the actor may hold surveys in, as the choices of a select. */
export async function surveyProgrammeChoices(
	actor: Actor,
	reader: ContentLocale = 'en'
): Promise<{ value: string; label: string }[]> {
	if (actor.kind !== 'user') return [];
	const rows = await db()
		.select({ id: programme.id, name: programme.name, acronym: programme.acronym })
		.from(programme)
		.where(and(isNull(programme.archivedAt), programmesForSurveys(actor, programme.id)))
		.orderBy(byLocalizedName(programme.name, reader), asc(programme.id));
	return rows.map((row) => ({ value: row.id, label: nameWithAcronym(row, reader) }));
}
