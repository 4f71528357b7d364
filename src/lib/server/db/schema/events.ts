// Events: trainings, meetings, schools and webinars; their agenda, registrations, attendance and
// certificates; and the cascade from a Training of Trainers to the trainings its trainers give.
import { sql } from 'drizzle-orm';
import {
	type AnyPgColumn,
	boolean,
	check,
	date,
	index,
	integer,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import {
	eventKindValues,
	participantCategoryValues,
	registrationStatusValues
} from '../../../events/values.js';
import { countryCode, declaredLanguages, id, localized, timestamps } from '../columns.js';
import { user } from './auth.js';
import { country } from './directory.js';
import { professionEnum } from './enums.js';
import { packageVersion } from './curriculum.js';
import { programme } from './programmes.js';

export const eventKindEnum = pgEnum('event_kind', eventKindValues);

export const event = pgTable(
	'event',
	{
		id: id(),
		programmeId: uuid('programme_id').references(() => programme.id),
		kind: eventKindEnum('kind').notNull(),
		title: localized('title').notNull(),
		description: localized('description'),
		languages: declaredLanguages(),
		startsOn: date('starts_on').notNull(),
		endsOn: date('ends_on').notNull(),
		/** IANA time zone of the venue (agenda times are shown in it). */
		timeZone: text('time_zone').notNull().default('UTC'),
		isOnline: boolean('is_online').notNull().default(false),
		venue: text('venue'),
		city: text('city'),
		countryCode: countryCode('country_code').references(() => country.code),
		onlineUrl: text('online_url'),
		/** The language the event is held in: en, fr, ar or another ISO 639-1 code. */
		language: text('language').notNull(),
		capacity: integer('capacity'),
		packageVersionId: uuid('package_version_id').references(() => packageVersion.id),
		/** For pilots and rollouts: the Training of Trainers where its trainers were certified. */
		totEventId: uuid('tot_event_id').references((): AnyPgColumn => event.id),
		isPublished: boolean('is_published').notNull().default(false),
		registrationOpensAt: timestamp('registration_opens_at', { withTimezone: true }),
		registrationClosesAt: timestamp('registration_closes_at', { withTimezone: true }),
		requiresApproval: boolean('requires_approval').notNull().default(false),
		/** Completion: at least this share of the sessions attended (percent)… */
		completionAttendancePercent: integer('completion_attendance_percent').notNull().default(80),
		/** …and, where the event has one, the post-test passed. */
		requiresPostTest: boolean('requires_post_test').notNull().default(false),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		...timestamps()
	},
	(t) => [
		index('event_programme_idx').on(t.programmeId, t.startsOn),
		index('event_country_idx').on(t.countryCode, t.startsOn),
		index('event_tot_idx').on(t.totEventId),
		check('event_period', sql`${t.endsOn} >= ${t.startsOn}`),
		check('event_capacity', sql`${t.capacity} is null or ${t.capacity} > 0`),
		check('event_completion', sql`${t.completionAttendancePercent} between 0 and 100`),
		check('event_place', sql`${t.isOnline} or ${t.countryCode} is not null`)
	]
);

export const participantCategoryEnum = pgEnum('participant_category', participantCategoryValues);

/** Places kept for one participating country. */
export const eventCountryQuota = pgTable(
	'event_country_quota',
	{
		eventId: uuid('event_id')
			.notNull()
			.references(() => event.id, { onDelete: 'cascade' }),
		countryCode: countryCode('country_code')
			.notNull()
			.references(() => country.code),
		places: integer('places').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.eventId, t.countryCode] }),
		check('event_country_quota_places', sql`${t.places} > 0`)
	]
);

/** Places kept for one participant category. */
export const eventCategoryQuota = pgTable(
	'event_category_quota',
	{
		eventId: uuid('event_id')
			.notNull()
			.references(() => event.id, { onDelete: 'cascade' }),
		category: participantCategoryEnum('category').notNull(),
		places: integer('places').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.eventId, t.category] }),
		check('event_category_quota_places', sql`${t.places} > 0`)
	]
);

/** One item of the agenda. Sessions count for attendance; breaks do not. */
export const agendaItem = pgTable(
	'agenda_item',
	{
		id: id(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => event.id, { onDelete: 'cascade' }),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		title: localized('title').notNull(),
		isSession: boolean('is_session').notNull().default(true),
		speakers: text('speakers'),
		facilitators: text('facilitators')
	},
	(t) => [
		index('agenda_item_event_idx').on(t.eventId, t.startsAt),
		check('agenda_item_period', sql`${t.endsAt} > ${t.startsAt}`)
	]
);

export const registrationStatusEnum = pgEnum('registration_status', registrationStatusValues);

export const registration = pgTable(
	'registration',
	{
		id: id(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => event.id, { onDelete: 'cascade' }),
		fullName: text('full_name').notNull(),
		email: text('email').notNull(),
		countryCode: countryCode('country_code')
			.notNull()
			.references(() => country.code),
		profession: professionEnum('profession').notNull(),
		category: participantCategoryEnum('category').notNull(),
		organisationName: text('organisation_name'),
		/** The language mail to this registrant is written in. */
		locale: text('locale').notNull().default('en'),
		status: registrationStatusEnum('status').notNull(),
		/** Why a registration was wait-listed or declined: a message key. */
		reason: text('reason'),
		userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
		decidedBy: text('decided_by').references(() => user.id, { onDelete: 'set null' }),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		...timestamps()
	},
	(t) => [
		uniqueIndex('registration_event_email').on(t.eventId, sql`lower(${t.email})`),
		index('registration_event_status_idx').on(t.eventId, t.status),
		// A signed-in person's own registrations are found by their account's address (home page).
		index('registration_email_idx').on(sql`lower(${t.email})`),
		check('registration_email_shape', sql`${t.email} like '%_@_%'`)
	]
);

/** Presence of a registrant at one session of the agenda. */
export const attendance = pgTable(
	'attendance',
	{
		agendaItemId: uuid('agenda_item_id')
			.notNull()
			.references(() => agendaItem.id, { onDelete: 'cascade' }),
		registrationId: uuid('registration_id')
			.notNull()
			.references(() => registration.id, { onDelete: 'cascade' }),
		markedBy: text('marked_by').references(() => user.id, { onDelete: 'set null' }),
		markedAt: timestamp('marked_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.agendaItemId, t.registrationId] }),
		index('attendance_registration_idx').on(t.registrationId)
	]
);

/** A certificate of completion; its code opens the public verification page. */
export const certificate = pgTable('certificate', {
	id: id(),
	registrationId: uuid('registration_id')
		.notNull()
		.unique()
		.references(() => registration.id),
	code: text('code').notNull().unique(),
	issuedBy: text('issued_by').references(() => user.id, { onDelete: 'set null' }),
	issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
	revokedAt: timestamp('revoked_at', { withTimezone: true })
});

/** A trainer who gives a pilot or rollout training, with the certificate that qualified them. */
export const eventTrainer = pgTable(
	'event_trainer',
	{
		eventId: uuid('event_id')
			.notNull()
			.references(() => event.id, { onDelete: 'cascade' }),
		certificateId: uuid('certificate_id')
			.notNull()
			.references(() => certificate.id)
	},
	(t) => [
		primaryKey({ columns: [t.eventId, t.certificateId] }),
		index('event_trainer_certificate_idx').on(t.certificateId)
	]
);

/** A user who runs an event on the day (a trainer): they keep its agenda and take attendance. */
export const eventFacilitator = pgTable(
	'event_facilitator',
	{
		eventId: uuid('event_id')
			.notNull()
			.references(() => event.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.eventId, t.userId] }), index('event_facilitator_user_idx').on(t.userId)]
);
