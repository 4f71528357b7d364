// Programmes: who funds, coordinates and leads them, their partners, countries, targets and milestones.
import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	foreignKey,
	index,
	integer,
	pgEnum,
	pgTable,
	primaryKey,
	smallint,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import { activityKindValues, participationValues } from '../../../programmes/values.js';
import { countryCode, declaredLanguages, id, localized, timestamps } from '../columns.js';
import { user } from './auth.js';
import { country, organisation } from './directory.js';
import { professionEnum } from './enums.js';

export const programme = pgTable(
	'programme',
	{
		id: id(),
		name: localized('name').notNull(),
		acronym: text('acronym'),
		funderId: uuid('funder_id').references(() => organisation.id),
		coordinatorId: uuid('coordinator_id').references(() => organisation.id),
		technicalLeadId: uuid('technical_lead_id').references(() => organisation.id),
		startsOn: date('starts_on').notNull(),
		endsOn: date('ends_on').notNull(),
		objectives: localized('objectives'),
		languages: declaredLanguages(),
		/** UN Sustainable Development Goals, 1–17. */
		sdgs: smallint('sdgs')
			.array()
			.notNull()
			.default(sql`'{}'`),
		contactName: text('contact_name'),
		contactEmail: text('contact_email'),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		/** Its evaluation dashboard is readable by anyone, read-only, small cells suppressed. */
		dashboardPublic: boolean('dashboard_public').notNull().default(false),
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		...timestamps()
	},
	(t) => [
		check('programme_period', sql`${t.endsOn} >= ${t.startsOn}`),
		check('programme_sdgs', sql`${t.sdgs} <@ array[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]::smallint[]`)
	]
);

/** A partner organisation and what it does in the programme ("curriculum", "evaluation"). */
export const programmePartner = pgTable(
	'programme_partner',
	{
		programmeId: uuid('programme_id')
			.notNull()
			.references(() => programme.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id),
		role: localized('role')
	},
	(t) => [primaryKey({ columns: [t.programmeId, t.organisationId] })]
);

export const participationEnum = pgEnum('programme_participation', participationValues);

/** A participating country: pilot or rollout, and how many trainings it should hold. */
export const programmeCountry = pgTable(
	'programme_country',
	{
		programmeId: uuid('programme_id')
			.notNull()
			.references(() => programme.id, { onDelete: 'cascade' }),
		countryCode: countryCode('country_code')
			.notNull()
			.references(() => country.code),
		participation: participationEnum('participation').notNull(),
		trainingsTarget: integer('trainings_target').notNull().default(0)
	},
	(t) => [
		primaryKey({ columns: [t.programmeId, t.countryCode] }),
		index('programme_country_country_idx').on(t.countryCode),
		check('programme_country_trainings_target', sql`${t.trainingsTarget} >= 0`)
	]
);

/** How many people of a profession a country should train. */
export const programmePeopleTarget = pgTable(
	'programme_people_target',
	{
		programmeId: uuid('programme_id').notNull(),
		countryCode: countryCode('country_code').notNull(),
		profession: professionEnum('profession').notNull(),
		people: integer('people').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.programmeId, t.countryCode, t.profession] }),
		foreignKey({
			columns: [t.programmeId, t.countryCode],
			foreignColumns: [programmeCountry.programmeId, programmeCountry.countryCode]
		}).onDelete('cascade'),
		check('programme_people_target_positive', sql`${t.people} > 0`)
	]
);

export const activityKindEnum = pgEnum('programme_activity_kind', activityKindValues);

/** A milestone on the programme's timeline that is not an event held in MHub (yet). */
export const programmeActivity = pgTable(
	'programme_activity',
	{
		id: id(),
		programmeId: uuid('programme_id')
			.notNull()
			.references(() => programme.id, { onDelete: 'cascade' }),
		kind: activityKindEnum('kind').notNull(),
		title: localized('title').notNull(),
		startsOn: date('starts_on').notNull(),
		endsOn: date('ends_on').notNull()
	},
	(t) => [
		index('programme_activity_programme_idx').on(t.programmeId, t.startsOn),
		check('programme_activity_period', sql`${t.endsOn} >= ${t.startsOn}`)
	]
);
