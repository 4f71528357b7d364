// Surveys: a questionnaire (one JSON definition, see lib/surveys/definition.ts), its distribution
// (an anonymous public link and personal invitations) and its responses, kept as JSON answers by
// question name.
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Answers, SurveyDefinition } from '../../../surveys/definition.js';
import { responseStatusValues } from '../../../surveys/status.js';
import { countryCode, id, localized, timestamps } from '../columns.js';
import { user } from './auth.js';
import { interfaceLocaleEnum } from './enums.js';
import { programme } from './programmes.js';

export const survey = pgTable(
	'survey',
	{
		id: id(),
		programmeId: uuid('programme_id')
			.notNull()
			.references(() => programme.id),
		title: localized('title').notNull(),
		/** Shown to respondents above the first question. */
		introduction: localized('introduction'),
		definition: jsonb('definition')
			.$type<SurveyDefinition>()
			.notNull()
			.default(sql`'{"sections":[]}'::jsonb`),
		/** The languages respondents may choose, the main one first (any catalogue language). */
		languages: text('languages')
			.array()
			.notNull()
			.default(sql`'{en}'::text[]`),
		/** The interface language whose words (buttons, problems) a respondent reads when MHub has none in theirs. */
		wordsFallback: interfaceLocaleEnum('words_fallback').notNull().default('en'),
		/** Answers are accepted from opensAt until closesAt; a survey without opensAt is a draft. */
		opensAt: timestamp('opens_at', { withTimezone: true }),
		closesAt: timestamp('closes_at', { withTimezone: true }),
		/** The IANA time zone the schedule is written and read in (the coordinator's choice). */
		timeZone: text('time_zone').notNull().default('UTC'),
		/** The anonymous link `/s/<publicToken>`; null when only invited people may answer. */
		publicToken: text('public_token').unique(),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		...timestamps()
	},
	(t) => [
		index('survey_programme_idx').on(t.programmeId),
		check('survey_period', sql`${t.closesAt} is null or ${t.opensAt} is null or ${t.closesAt} > ${t.opensAt}`)
	]
);

/**
 * A personal link for one person. The token is kept (not only its hash) so that reminders can
 * carry the same link; it is a random 32-byte capability that opens this one questionnaire.
 */
export const surveyInvitation = pgTable(
	'survey_invitation',
	{
		id: id(),
		surveyId: uuid('survey_id')
			.notNull()
			.references(() => survey.id, { onDelete: 'cascade' }),
		token: text('token').notNull().unique(),
		name: text('name'),
		email: text('email'),
		/** Who was invited as what (e.g. "ministries", "universities"): response rates are per group. */
		groupLabel: text('group_label').notNull().default(''),
		countryCode: countryCode('country_code'),
		language: text('language').notNull().default('en'),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('survey_invitation_survey_idx').on(t.surveyId, t.groupLabel)]
);

export const responseStatusEnum = pgEnum('survey_response_status', responseStatusValues);

export const surveyResponse = pgTable(
	'survey_response',
	{
		id: id(),
		surveyId: uuid('survey_id')
			.notNull()
			.references(() => survey.id, { onDelete: 'cascade' }),
		/** At most one response per invitation: the invitation resumes it until it is complete. */
		invitationId: uuid('invitation_id')
			.unique()
			.references(() => surveyInvitation.id, { onDelete: 'set null' }),
		/** For anonymous respondents who save and come back: a random token in their resume link. */
		resumeToken: text('resume_token').unique(),
		/** Sent with the form; a second submission with the same key is the same response. */
		submissionKey: uuid('submission_key').unique(),
		status: responseStatusEnum('status').notNull().default('in_progress'),
		answers: jsonb('answers')
			.$type<Answers>()
			.notNull()
			.default(sql`'{}'::jsonb`),
		language: text('language').notNull().default('en'),
		/** The respondent's country: their invitation's, or their answer to a country question. */
		countryCode: countryCode('country_code'),
		startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		submittedAt: timestamp('submitted_at', { withTimezone: true })
	},
	(t) => [
		// Results read a survey's complete responses, newest first (free-text lists page through them).
		index('survey_response_survey_idx').on(t.surveyId, t.status, t.submittedAt),
		check('survey_response_submitted', sql`(${t.status} = 'complete') = (${t.submittedAt} is not null)`)
	]
);
