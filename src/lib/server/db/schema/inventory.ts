// The inventory of existing training packages found by the mapping survey, and their review by
// reviewers against criteria with scores. Experts found by the survey go to the directory (person).
import { sql } from 'drizzle-orm';
import {
	check,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import { packageFormatValues } from '../../../inventory/schemas.js';
import { id, localized, timestamps } from '../columns.js';
import { user } from './auth.js';
import { audienceEnum } from './curriculum.js';
import { expertiseEnum } from './enums.js';
import { programme } from './programmes.js';
import { surveyResponse } from './surveys.js';

export const packageFormatEnum = pgEnum('inventory_package_format', packageFormatValues);

export const inventoryPackage = pgTable(
	'inventory_package',
	{
		id: id(),
		programmeId: uuid('programme_id')
			.notNull()
			.references(() => programme.id),
		/** The survey response it was taken from, if any. */
		responseId: uuid('response_id').references(() => surveyResponse.id, { onDelete: 'set null' }),
		title: text('title').notNull(),
		provider: text('provider'),
		topics: expertiseEnum('topics')
			.array()
			.notNull()
			.default(sql`'{}'`),
		audiences: audienceEnum('audiences')
			.array()
			.notNull()
			.default(sql`'{}'`),
		/** ISO 639-1 codes. */
		languages: text('languages')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		format: packageFormatEnum('format'),
		durationHours: integer('duration_hours'),
		link: text('link'),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		...timestamps()
	},
	(t) => [
		index('inventory_package_programme_idx').on(t.programmeId),
		// Duplicates are found by similar titles (pg_trgm) within a programme.
		index('inventory_package_title_idx').using('gin', sql`lower(${t.title}) gin_trgm_ops`),
		check('inventory_package_duration', sql`${t.durationHours} is null or ${t.durationHours} > 0`)
	]
);

/** What reviewers score inventoried packages against, per programme. */
export const reviewCriterion = pgTable(
	'review_criterion',
	{
		id: id(),
		programmeId: uuid('programme_id')
			.notNull()
			.references(() => programme.id),
		position: integer('position').notNull(),
		label: localized('label').notNull(),
		guidance: localized('guidance'),
		maxScore: integer('max_score').notNull().default(5)
	},
	(t) => [
		index('review_criterion_programme_idx').on(t.programmeId, t.position),
		check('review_criterion_max', sql`${t.maxScore} between 1 and 100`)
	]
);

/** One reviewer's review of one package: a score per criterion (criterion id → score) and a comment. */
export const packageReview = pgTable(
	'package_review',
	{
		id: id(),
		packageId: uuid('package_id')
			.notNull()
			.references(() => inventoryPackage.id, { onDelete: 'cascade' }),
		reviewerId: text('reviewer_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		scores: jsonb('scores').$type<Record<string, number>>().notNull(),
		comment: text('comment'),
		submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique('package_review_reviewer').on(t.packageId, t.reviewerId)]
);
