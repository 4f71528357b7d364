// Delphi studies: a panel of experts rates statements over rounds until a rule fixed in advance
// says which reached consensus; an expert meeting votes on the rest.
import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	smallint,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import { minGroupSizes } from '../../../delphi/group-feedback.js';
import type { ConsensusRule } from '../../../delphi/rule.js';
import type { StatementRoundResult } from '../../../delphi/round-result.js';
import { delphiOutcomes, delphiScales } from '../../../delphi/schemas.js';
import { declaredLanguages, id, localized, timestamps } from '../columns.js';
import { user } from './auth.js';
import { person } from './directory.js';
import { event } from './events.js';
import { programme } from './programmes.js';

export const delphiScaleEnum = pgEnum('delphi_scale', delphiScales);
export const delphiOutcomeEnum = pgEnum('delphi_outcome', delphiOutcomes);

export const delphiStudy = pgTable(
	'delphi_study',
	{
		id: id(),
		programmeId: uuid('programme_id')
			.notNull()
			.references(() => programme.id),
		title: localized('title').notNull(),
		topic: localized('topic'),
		languages: declaredLanguages(),
		scale: delphiScaleEnum('scale').notNull().default('nine'),
		allowsUnableToRate: boolean('allows_unable_to_rate').notNull().default(true),
		rule: jsonb('rule').$type<ConsensusRule>().notNull(),
		roundsPlanned: integer('rounds_planned').notNull().default(2),
		/** Fewest ratings a stakeholder group's figures may rest on when shown (lib/delphi/group-feedback.ts). */
		minGroupSize: integer('min_group_size').notNull().default(minGroupSizes.usual),
		/** Set when round 1 opens: from then on the rule, scale, rounds and minimum group size never change. */
		ruleFixedAt: timestamp('rule_fixed_at', { withTimezone: true }),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		...timestamps()
	},
	(t) => [
		index('delphi_study_programme_idx').on(t.programmeId),
		check('delphi_study_rounds', sql`${t.roundsPlanned} between 1 and 5`),
		check(
			'delphi_study_min_group_size',
			sql`${t.minGroupSize} between ${sql.raw(String(minGroupSizes.least))} and ${sql.raw(String(minGroupSizes.most))}`
		)
	]
);

/**
 * An expert of the panel, from the directory, in one stakeholder group. The token opens their
 * personal link for every round; it is kept (not only hashed) so that reminders carry the same link.
 */
export const delphiPanellist = pgTable(
	'delphi_panellist',
	{
		id: id(),
		studyId: uuid('study_id')
			.notNull()
			.references(() => delphiStudy.id, { onDelete: 'cascade' }),
		personId: uuid('person_id')
			.notNull()
			.references(() => person.id),
		stakeholderGroup: text('stakeholder_group').notNull(),
		token: text('token').notNull().unique(),
		language: text('language').notNull().default('en'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique('delphi_panellist_person').on(t.studyId, t.personId)]
);

export const delphiDomain = pgTable(
	'delphi_domain',
	{
		id: id(),
		studyId: uuid('study_id')
			.notNull()
			.references(() => delphiStudy.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		title: localized('title').notNull()
	},
	(t) => [index('delphi_domain_study_idx').on(t.studyId, t.position)]
);

export const delphiStatement = pgTable(
	'delphi_statement',
	{
		id: id(),
		studyId: uuid('study_id')
			.notNull()
			.references(() => delphiStudy.id, { onDelete: 'cascade' }),
		domainId: uuid('domain_id')
			.notNull()
			.references(() => delphiDomain.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		text: localized('text').notNull(),
		/** The first round that asks it: 1, or a later round for statements drawn from comments. */
		firstRound: integer('first_round').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('delphi_statement_study_idx').on(t.studyId, t.domainId, t.position)]
);

export const delphiRound = pgTable(
	'delphi_round',
	{
		id: id(),
		studyId: uuid('study_id')
			.notNull()
			.references(() => delphiStudy.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
		closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
		/** Set when the coordinator closes the round: its results are then frozen in delphi_result. */
		closedAt: timestamp('closed_at', { withTimezone: true })
	},
	(t) => [
		unique('delphi_round_number').on(t.studyId, t.number),
		check('delphi_round_period', sql`${t.closesAt} > ${t.opensAt}`)
	]
);

/** One panellist's answer to one statement in one round: a rating, "unable to rate", a comment. */
export const delphiRating = pgTable(
	'delphi_rating',
	{
		roundId: uuid('round_id')
			.notNull()
			.references(() => delphiRound.id, { onDelete: 'cascade' }),
		statementId: uuid('statement_id')
			.notNull()
			.references(() => delphiStatement.id, { onDelete: 'cascade' }),
		panellistId: uuid('panellist_id')
			.notNull()
			.references(() => delphiPanellist.id, { onDelete: 'cascade' }),
		rating: smallint('rating'),
		isUnableToRate: boolean('is_unable_to_rate').notNull().default(false),
		comment: text('comment'),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.roundId, t.statementId, t.panellistId] }),
		index('delphi_rating_statement_idx').on(t.roundId, t.statementId),
		check('delphi_rating_unable', sql`not ${t.isUnableToRate} or ${t.rating} is null`)
	]
);

/** A panellist's round: progress saved as they go, and when they submitted it. */
export const delphiParticipation = pgTable(
	'delphi_participation',
	{
		roundId: uuid('round_id')
			.notNull()
			.references(() => delphiRound.id, { onDelete: 'cascade' }),
		panellistId: uuid('panellist_id')
			.notNull()
			.references(() => delphiPanellist.id, { onDelete: 'cascade' }),
		savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		remindedAt: timestamp('reminded_at', { withTimezone: true })
	},
	(t) => [primaryKey({ columns: [t.roundId, t.panellistId] })]
);

/** A new statement a panellist suggests (round 1); the coordinator may adopt it for the next round. */
export const delphiSuggestion = pgTable('delphi_suggestion', {
	id: id(),
	roundId: uuid('round_id')
		.notNull()
		.references(() => delphiRound.id, { onDelete: 'cascade' }),
	panellistId: uuid('panellist_id')
		.notNull()
		.references(() => delphiPanellist.id, { onDelete: 'cascade' }),
	text: text('text').notNull(),
	statementId: uuid('statement_id').references(() => delphiStatement.id, { onDelete: 'set null' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/** A closed round's result for one statement, frozen when the round closes. */
export const delphiResult = pgTable(
	'delphi_result',
	{
		roundId: uuid('round_id')
			.notNull()
			.references(() => delphiRound.id, { onDelete: 'cascade' }),
		statementId: uuid('statement_id')
			.notNull()
			.references(() => delphiStatement.id, { onDelete: 'cascade' }),
		summary: jsonb('summary').$type<StatementRoundResult>().notNull(),
		outcome: delphiOutcomeEnum('outcome').notNull()
	},
	(t) => [primaryKey({ columns: [t.roundId, t.statementId] })]
);

/** The expert meeting's vote on a statement the rounds left without consensus. */
export const delphiMeetingVote = pgTable(
	'delphi_meeting_vote',
	{
		statementId: uuid('statement_id')
			.primaryKey()
			.references(() => delphiStatement.id, { onDelete: 'cascade' }),
		eventId: uuid('event_id').references(() => event.id, { onDelete: 'set null' }),
		heldOn: date('held_on').notNull(),
		votesFor: integer('votes_for').notNull(),
		votesAgainst: integer('votes_against').notNull(),
		abstentions: integer('abstentions').notNull().default(0),
		outcome: delphiOutcomeEnum('outcome').notNull(),
		note: text('note'),
		recordedBy: text('recorded_by').references(() => user.id, { onDelete: 'set null' }),
		...timestamps()
	},
	(t) => [
		check(
			'delphi_meeting_vote_counts',
			sql`${t.votesFor} >= 0 and ${t.votesAgainst} >= 0 and ${t.abstentions} >= 0`
		)
	]
);
