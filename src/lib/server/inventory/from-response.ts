// From the mapping survey's answers to records: a response becomes a package of the inventory, or
// — when the respondent consented to be contacted — an expert of the directory. The coordinator
// reads the response, picks which question holds which field, corrects the pre-filled form and
// confirms; likely duplicates are shown first, and the package keeps the response it came from.
import { and, asc, count, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { ExpertFromResponseSchema, PackageSchema } from '../../inventory/schemas.js';
import type { Localized } from '../../i18n/localized.js';
import { questionsOf, type Answers, type Question } from '../../surveys/definition.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { organisation, person } from '../db/schema/directory.js';
import { inventoryPackage } from '../db/schema/inventory.js';
import { survey, surveyResponse } from '../db/schema/surveys.js';
import { createPerson } from '../directory/people.js';
import { authorize, can } from '../auth/authorize.js';
import { peopleInReach } from '../directory/policies.js';
import { DomainError } from '../errors.js';
import { assertRecordId, parseInput, type FieldsOf } from '../validate.js';
import { responsePageSize } from '../../inventory/paging.js';
import { insertPackage } from './packages.js';

/** How similar two names must be (pg_trgm) for the directory's person to be a likely duplicate. */
const duplicateNameSimilarity = 0.4;

export type ResponseForRecords = {
	survey: { id: string; programmeId: string; title: Localized; questions: Question[] };
	response: {
		id: string;
		answers: Answers;
		countryCode: string | null;
		language: string;
		submittedAt: Date | null;
	};
	/** The packages already taken from this response. */
	packages: { id: string; title: string }[];
};

/** A response of a survey, for whoever may read its results and manage the programme's inventory. */
export async function getResponseForRecords(
	actor: Actor,
	surveyId: string,
	responseId: string
): Promise<ResponseForRecords> {
	assertRecordId(surveyId, 'survey');
	assertRecordId(responseId, 'response');
	const [row] = await db()
		.select({ survey, response: surveyResponse })
		.from(surveyResponse)
		.innerJoin(survey, eq(survey.id, surveyResponse.surveyId))
		.where(and(eq(surveyResponse.id, responseId), eq(survey.id, surveyId)));
	if (!row) throw new DomainError('not_found', 'no such response');
	authorize(actor, 'readResults', { kind: 'survey', programmeId: row.survey.programmeId });
	authorize(actor, 'manage', { kind: 'inventory', programmeId: row.survey.programmeId });
	const packages = await db()
		.select({ id: inventoryPackage.id, title: inventoryPackage.title })
		.from(inventoryPackage)
		.where(eq(inventoryPackage.responseId, responseId))
		.orderBy(asc(inventoryPackage.createdAt));
	return {
		survey: {
			id: row.survey.id,
			programmeId: row.survey.programmeId,
			title: row.survey.title,
			questions: questionsOf(row.survey.definition)
		},
		response: {
			id: row.response.id,
			answers: row.response.answers,
			countryCode: row.response.countryCode,
			language: row.response.language,
			submittedAt: row.response.submittedAt
		},
		packages
	};
}

export type ResponseListRow = {
	id: string;
	submittedAt: Date | null;
	countryCode: string | null;
	packages: number;
};

/** A survey's complete responses, newest first, a page at a time, with how many packages each gave. */
export async function listResponses(
	actor: Actor,
	surveyId: string,
	page = 1
): Promise<{
	survey: { id: string; title: Localized };
	rows: ResponseListRow[];
	total: number;
	page: number;
}> {
	assertRecordId(surveyId, 'survey');
	const [found] = await db().select().from(survey).where(eq(survey.id, surveyId));
	if (!found) throw new DomainError('not_found', 'no such survey');
	authorize(actor, 'readResults', { kind: 'survey', programmeId: found.programmeId });
	authorize(actor, 'manage', { kind: 'inventory', programmeId: found.programmeId });
	const complete = and(eq(surveyResponse.surveyId, surveyId), eq(surveyResponse.status, 'complete'));
	const current = Math.max(1, Math.floor(page) || 1);
	const [rows, [{ total }]] = await Promise.all([
		db()
			.select({
				id: surveyResponse.id,
				submittedAt: surveyResponse.submittedAt,
				countryCode: surveyResponse.countryCode,
				packages: sql<number>`(select count(*)::int from ${inventoryPackage} where ${inventoryPackage.responseId} = ${surveyResponse.id})`
			})
			.from(surveyResponse)
			.where(complete)
			.orderBy(desc(surveyResponse.submittedAt), asc(surveyResponse.id))
			.limit(responsePageSize)
			.offset((current - 1) * responsePageSize),
		db().select({ total: count() }).from(surveyResponse).where(complete)
	]);
	return { survey: { id: found.id, title: found.title }, rows, total, page: current };
}

/** Adds the package a response describes to the inventory of its survey's programme. */
export async function createPackageFromResponse(
	actor: Actor,
	surveyId: string,
	responseId: string,
	input: Omit<FieldsOf<typeof PackageSchema>, 'programmeId'>
): Promise<{ id: string }> {
	const { survey: source } = await getResponseForRecords(actor, surveyId, responseId);
	const values = parseInput(PackageSchema, { ...input, programmeId: source.programmeId });
	return insertPackage(db(), actor, values, responseId);
}

export type PersonDuplicate = {
	id: string;
	fullName: string;
	email: string | null;
	reason: 'email' | 'name';
};

/** People of the directory (that the actor reads) with the same email or a similar name. */
export async function findDuplicatePeople(
	actor: Actor,
	candidate: { fullName: string; email?: string | null }
): Promise<PersonDuplicate[]> {
	const name = candidate.fullName.toLowerCase();
	const email = candidate.email?.toLowerCase();
	const sameEmail = sql<boolean>`coalesce(lower(${person.email}) = ${email ?? null}, false)`;
	const rows = await db()
		.select({
			id: person.id,
			fullName: person.fullName,
			email: person.email,
			byEmail: sameEmail
		})
		.from(person)
		.where(
			and(
				peopleInReach(actor),
				isNull(person.archivedAt),
				or(
					sameEmail,
					sql`(lower(${person.fullName}) % ${name} and similarity(lower(${person.fullName}), ${name}) > ${duplicateNameSimilarity})`
				)
			)
		)
		.orderBy(sql`${sameEmail} desc`, sql`similarity(lower(${person.fullName}), ${name}) desc`)
		.limit(10);
	return rows.map(({ byEmail, ...row }) => ({ ...row, reason: byEmail ? 'email' : 'name' }));
}

/** Organisations of the directory whose name looks like an answer, best first (for the expert form). */
export async function organisationsLike(
	actor: Actor,
	answer: string
): Promise<{ id: string; name: Localized }[]> {
	const text = answer.trim().toLowerCase();
	if (!text) return [];
	const rows = await db()
		.select({ id: organisation.id, name: organisation.name, countryCode: organisation.countryCode })
		.from(organisation)
		.where(
			and(isNull(organisation.archivedAt), sql`word_similarity(${text}, ${organisation.searchText}) > 0.4`)
		)
		.orderBy(sql`word_similarity(${text}, ${organisation.searchText}) desc`)
		.limit(5);
	return rows
		.filter((row) => can(actor, 'read', { kind: 'organisation', ...row }))
		.map(({ id, name }) => ({ id, name }));
}

/**
 * Adds the respondent to the directory as an expert who agreed to be contacted. Refused when the
 * chosen consent question is not a yes/no question answered yes, and (unless confirmed) when the
 * directory already has someone with the same email or a similar name.
 */
export async function createExpertFromResponse(
	actor: Actor,
	surveyId: string,
	responseId: string,
	input: FieldsOf<typeof ExpertFromResponseSchema>
): Promise<{ id: string }> {
	const { survey: source, response } = await getResponseForRecords(actor, surveyId, responseId);
	const values = parseInput(ExpertFromResponseSchema, input);
	const consentQuestion = source.questions.find((question) => question.name === values.consentQuestion);
	if (!consentQuestion || consentQuestion.type !== 'yes_no')
		throw new DomainError('invalid', 'not a consent question', {
			fields: { consentQuestion: ['not_yes_no'] }
		});
	if (response.answers[consentQuestion.name] !== 'yes')
		throw new DomainError('forbidden', 'the respondent did not consent', {
			fields: { consentQuestion: ['no_consent'] }
		});
	if (!values.createAnyway) {
		const duplicates = await findDuplicatePeople(actor, values);
		if (duplicates.length > 0)
			throw new DomainError('conflict', 'likely duplicates', {
				fields: { createAnyway: ['likely_duplicate_person'] },
				details: { duplicates }
			});
	}
	const { consentQuestion: _consent, createAnyway: _confirmed, ...record } = values;
	const created = await createPerson(actor, { ...record, isContactConsented: true });
	return { id: created.id };
}
