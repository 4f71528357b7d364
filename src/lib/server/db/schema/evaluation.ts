// Evaluation: an event's plan (which instrument is answered in which phase, when), the frozen
// versions of instruments, each participant's personal link, and the submissions with their typed
// scores and per-item marks (what the statistics read); a programme's codes in its DHIS2 instance.
import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	doublePrecision,
	index,
	integer,
	jsonb,
	numeric,
	pgEnum,
	pgTable,
	primaryKey,
	smallint,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import type { Profession } from '../../../directory/values.js';
import type { AdxMeasure } from '../../../evaluation/values.js';
import {
	mailingKindValues,
	phaseValues,
	submissionSourceValues,
	summaryKindValues
} from '../../../evaluation/values.js';
import type { Answers, SurveyDefinition } from '../../../surveys/definition.js';
import { countryCode, id } from '../columns.js';
import { user } from './auth.js';
import { professionEnum } from './enums.js';
import { event, registration } from './events.js';
import { programme } from './programmes.js';
import { survey } from './surveys.js';

export const evaluationPhaseEnum = pgEnum('evaluation_phase_kind', phaseValues);
export const submissionSourceEnum = pgEnum('evaluation_source', submissionSourceValues);
export const mailingKindEnum = pgEnum('evaluation_mailing_kind', mailingKindValues);

/** One phase of an event's evaluation plan: its instrument (a survey) and when it takes answers. */
export const evaluationPhase = pgTable(
	'evaluation_phase',
	{
		id: id(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => event.id, { onDelete: 'cascade' }),
		phase: evaluationPhaseEnum('phase').notNull(),
		/** Follow-ups only: days after the event's last day (90, 180…); 0 for the other phases. */
		offsetDays: integer('offset_days').notNull().default(0),
		surveyId: uuid('survey_id')
			.notNull()
			.references(() => survey.id),
		opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
		closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
		/** Post-test: the share of the marks that passes (percent); it feeds the completion rule. */
		passMarkPercent: integer('pass_mark_percent'),
		/** Answers are kept without saying whose they are (only that the person answered). */
		anonymous: boolean('anonymous').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('evaluation_phase_once').on(t.eventId, t.phase, t.offsetDays),
		check('evaluation_phase_window', sql`${t.closesAt} > ${t.opensAt}`),
		check(
			'evaluation_phase_pass_mark',
			sql`${t.passMarkPercent} is null or ${t.passMarkPercent} between 0 and 100`
		),
		check('evaluation_phase_offset', sql`(${t.phase} = 'follow_up') = (${t.offsetDays} > 0)`)
	]
);

/**
 * An instrument as it was answered: a survey's definition frozen at its first answer. Editing the
 * survey afterwards makes the next answer start a new version; results never mix versions.
 */
export const instrumentVersion = pgTable(
	'instrument_version',
	{
		id: id(),
		surveyId: uuid('survey_id')
			.notNull()
			.references(() => survey.id),
		number: integer('number').notNull(),
		definition: jsonb('definition').$type<SurveyDefinition>().notNull(),
		/** md5 of the definition's jsonb text (canonical): the same definition is the same version. */
		digest: text('digest').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('instrument_version_number').on(t.surveyId, t.number),
		unique('instrument_version_digest').on(t.surveyId, t.digest)
	]
);

/** A participant's personal link to the tests and questionnaires of their event. */
export const evaluationLink = pgTable('evaluation_link', {
	registrationId: uuid('registration_id')
		.primaryKey()
		.references(() => registration.id, { onDelete: 'cascade' }),
	token: text('token').notNull().unique(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * One answered instrument. A named submission says whose it is (one per phase and attempt); an
 * anonymous one keeps only the event, country and profession, and a receipt says who answered.
 */
export const evaluationSubmission = pgTable(
	'evaluation_submission',
	{
		id: id(),
		phaseId: uuid('phase_id')
			.notNull()
			.references(() => evaluationPhase.id),
		eventId: uuid('event_id')
			.notNull()
			.references(() => event.id, { onDelete: 'cascade' }),
		registrationId: uuid('registration_id').references(() => registration.id, { onDelete: 'cascade' }),
		/** 1 for the first attempt; a failed post-test may be taken again while it is open. */
		attempt: smallint('attempt').notNull().default(1),
		versionId: uuid('version_id')
			.notNull()
			.references(() => instrumentVersion.id),
		score: numeric('score', { mode: 'number' }),
		maxScore: numeric('max_score', { mode: 'number' }),
		passed: boolean('passed'),
		countryCode: countryCode('country_code'),
		profession: professionEnum('profession'),
		source: submissionSourceEnum('source').notNull(),
		/** Sent with the form: a second press of the same button is the same submission. */
		submissionKey: uuid('submission_key').unique(),
		answers: jsonb('answers')
			.$type<Answers>()
			.notNull()
			.default(sql`'{}'::jsonb`),
		language: text('language'),
		enteredBy: text('entered_by').references(() => user.id, { onDelete: 'set null' }),
		submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('evaluation_submission_attempt').on(t.phaseId, t.registrationId, t.attempt),
		index('evaluation_submission_event_idx').on(t.eventId, t.phaseId),
		index('evaluation_submission_registration_idx').on(t.registrationId),
		check(
			'evaluation_submission_score',
			sql`${t.score} is null or (${t.score} >= 0 and ${t.score} <= ${t.maxScore})`
		)
	]
);

/** The marks one submission earned on one item (question) of its instrument version. */
export const evaluationItem = pgTable(
	'evaluation_item',
	{
		submissionId: uuid('submission_id')
			.notNull()
			.references(() => evaluationSubmission.id, { onDelete: 'cascade' }),
		item: text('item').notNull(),
		/** The package module the item tests (its tag), if any. */
		module: text('module'),
		marks: numeric('marks', { mode: 'number' }).notNull(),
		earned: numeric('earned', { mode: 'number' }).notNull()
	},
	(t) => [primaryKey({ columns: [t.submissionId, t.item] })]
);

/** That a person answered an anonymous phase (for reminders and one answer each), not what. */
export const evaluationReceipt = pgTable(
	'evaluation_receipt',
	{
		phaseId: uuid('phase_id')
			.notNull()
			.references(() => evaluationPhase.id, { onDelete: 'cascade' }),
		registrationId: uuid('registration_id')
			.notNull()
			.references(() => registration.id, { onDelete: 'cascade' }),
		answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.phaseId, t.registrationId] })]
);

/** Answers saved to finish later (one per person and phase); gone once submitted. */
export const evaluationDraft = pgTable(
	'evaluation_draft',
	{
		phaseId: uuid('phase_id')
			.notNull()
			.references(() => evaluationPhase.id, { onDelete: 'cascade' }),
		registrationId: uuid('registration_id')
			.notNull()
			.references(() => registration.id, { onDelete: 'cascade' }),
		answers: jsonb('answers').$type<Answers>().notNull(),
		language: text('language'),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.phaseId, t.registrationId] })]
);

/**
 * A mail of a phase sent to a participant (its opening, or the reminder), recorded in the transaction
 * that sends it: its key lets one sender only claim it, so it goes out once across restarts and
 * instances.
 */
export const evaluationMailing = pgTable(
	'evaluation_mailing',
	{
		phaseId: uuid('phase_id')
			.notNull()
			.references(() => evaluationPhase.id, { onDelete: 'cascade' }),
		registrationId: uuid('registration_id')
			.notNull()
			.references(() => registration.id, { onDelete: 'cascade' }),
		kind: mailingKindEnum('kind').notNull(),
		sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.phaseId, t.registrationId, t.kind] })]
);
export const summaryKindEnum = pgEnum('evaluation_summary_kind', summaryKindValues);

/**
 * What the dashboards read instead of the submissions: per event × participant's country ×
 * profession, the sums of the pre → post pairs (kind `pre_post`, with the cell's counts) and of the
 * post → follow-up pairs of the people with all three tests (kind `follow_up`, per offset). Sums are
 * on percent scores (see `PairSums`); they add across cells. Rebuilt per event by a job.
 */
export const evaluationSummary = pgTable(
	'evaluation_summary',
	{
		eventId: uuid('event_id')
			.notNull()
			.references(() => event.id, { onDelete: 'cascade' }),
		countryCode: countryCode('country_code').notNull(),
		profession: professionEnum('profession').notNull(),
		/** The event's package version when the cell was refreshed (filters read the event's). */
		packageVersionId: uuid('package_version_id'),
		kind: summaryKindEnum('kind').notNull(),
		/** Follow-ups: days after the event; 0 for pre → post. */
		offsetDays: integer('offset_days').notNull().default(0),
		n: integer('n').notNull().default(0),
		sumPre: doublePrecision('sum_pre').notNull().default(0),
		sumPost: doublePrecision('sum_post').notNull().default(0),
		sumPreSquared: doublePrecision('sum_pre_squared').notNull().default(0),
		sumPostSquared: doublePrecision('sum_post_squared').notNull().default(0),
		sumPreTimesPost: doublePrecision('sum_pre_times_post').notNull().default(0),
		sumIndividualGains: doublePrecision('sum_individual_gains').notNull().default(0),
		atMaxOnPre: integer('at_max_on_pre').notNull().default(0),
		/** Histogram of the differences in percent points (`PairSums.differences`). */
		differences: jsonb('differences')
			.$type<Record<string, number>>()
			.notNull()
			.default(sql`'{}'::jsonb`),
		/** Follow-up rows: Σ pre-test percent of the same people (retention needs their pre mean). */
		sumBaseline: doublePrecision('sum_baseline').notNull().default(0),
		/** Pre → post rows only: confirmed participants, their certificates (not revoked)… */
		participants: integer('participants').notNull().default(0),
		certificates: integer('certificates').notNull().default(0),
		/** …people with a pre-test only, a post-test only, a post-test at all, a passed one… */
		preOnly: integer('pre_only').notNull().default(0),
		postOnly: integer('post_only').notNull().default(0),
		postTakers: integer('post_takers').notNull().default(0),
		passes: integer('passes').notNull().default(0),
		/** …satisfaction forms returned, and their ratings as percent of each rating's scale. */
		satisfactionResponses: integer('satisfaction_responses').notNull().default(0),
		ratings: integer('ratings').notNull().default(0),
		sumRatingPercent: doublePrecision('sum_rating_percent').notNull().default(0)
	},
	(t) => [
		primaryKey({ columns: [t.eventId, t.countryCode, t.profession, t.kind, t.offsetDays] }),
		index('evaluation_summary_country_idx').on(t.countryCode)
	]
);

/** When an event's summary was last rebuilt: events changed since are refreshed by the job. */
export const evaluationSummaryRefresh = pgTable('evaluation_summary_refresh', {
	eventId: uuid('event_id')
		.primaryKey()
		.references(() => event.id, { onDelete: 'cascade' }),
	refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull()
});

/** A programme's codes in its DHIS2 instance, for the ADX export of its figures; blank codes left out. */
export const evaluationAdxMapping = pgTable('evaluation_adx_mapping', {
	programmeId: uuid('programme_id')
		.primaryKey()
		.references(() => programme.id, { onDelete: 'cascade' }),
	dataSet: text('data_set').notNull(),
	/** Data element code per measure. */
	dataElements: jsonb('data_elements').$type<Partial<Record<AdxMeasure, string>>>().notNull(),
	/** Org unit code per country (ISO 3166-1 alpha-2 code). */
	orgUnits: jsonb('org_units').$type<Record<string, string>>().notNull(),
	/** The category of the profession disaggregation, and its option code per profession; none: totals only. */
	professionCategory: text('profession_category'),
	professionOptions: jsonb('profession_options').$type<Partial<Record<Profession, string>>>().notNull(),
	updatedBy: text('updated_by').references(() => user.id, { onDelete: 'set null' }),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
