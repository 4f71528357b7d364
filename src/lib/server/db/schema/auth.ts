// Accounts and sessions (tables better-auth expects), role grants, API tokens, sign-in throttling.
import { sql } from 'drizzle-orm';
import {
	bigserial,
	boolean,
	check,
	index,
	pgEnum,
	pgTable,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import { roleValues } from '../../../auth/schemas.js';
import { id } from '../columns.js';
import { programme } from './programmes.js';

export const user = pgTable('user', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	email: text('email').notNull().unique(),
	emailVerified: boolean('email_verified').notNull().default(false),
	image: text('image'),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export const session = pgTable(
	'session',
	{
		id: text('id').primaryKey(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		token: text('token').notNull().unique(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		ipAddress: text('ip_address'),
		userAgent: text('user_agent'),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' })
	},
	(t) => [index('session_user_id_idx').on(t.userId)]
);

export const account = pgTable(
	'account',
	{
		id: text('id').primaryKey(),
		accountId: text('account_id').notNull(),
		providerId: text('provider_id').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		accessToken: text('access_token'),
		refreshToken: text('refresh_token'),
		idToken: text('id_token'),
		accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
		refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
		scope: text('scope'),
		password: text('password'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('account_user_id_idx').on(t.userId)]
);

export const verification = pgTable('verification', {
	id: text('id').primaryKey(),
	identifier: text('identifier').notNull(),
	value: text('value').notNull(),
	expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export const roleEnum = pgEnum('role', roleValues);

/**
 * A role held by a user, for a scope: the whole platform (no programme, no countries),
 * one programme, or a set of countries.
 */
export const roleGrant = pgTable(
	'role_grant',
	{
		id: id(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		role: roleEnum('role').notNull(),
		programmeId: uuid('programme_id').references(() => programme.id, { onDelete: 'cascade' }),
		countryCodes: text('country_codes').array(),
		grantedBy: text('granted_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('role_grant_user_id_idx').on(t.userId),
		check('role_grant_one_scope', sql`${t.programmeId} is null or ${t.countryCodes} is null`),
		check(
			'role_grant_countries_not_empty',
			sql`${t.countryCodes} is null or cardinality(${t.countryCodes}) > 0`
		),
		check(
			'role_grant_administrator_platform',
			sql`${t.role} <> 'administrator' or (${t.programmeId} is null and ${t.countryCodes} is null)`
		),
		check(
			'role_grant_focal_point_countries',
			sql`${t.role} <> 'country_focal_point' or ${t.countryCodes} is not null`
		)
	]
);

/** Personal API tokens: only a hash is kept; the token is shown once. */
export const apiToken = pgTable(
	'api_token',
	{
		id: id(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		tokenHash: text('token_hash').notNull().unique(),
		tokenPrefix: text('token_prefix').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [index('api_token_user_id_idx').on(t.userId)]
);

/** Every sign-in attempt, kept for throttling repeated failures. */
export const signInAttempt = pgTable(
	'sign_in_attempt',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		emailKey: text('email_key').notNull(),
		ipAddress: text('ip_address'),
		isSuccess: boolean('is_success').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('sign_in_attempt_email_idx').on(t.emailKey, t.createdAt)]
);

/** Single-use links sent by mail: invitations and password resets. Only a hash is kept. */
export const accountTokenKindEnum = pgEnum('account_token_kind', ['invitation', 'password_reset']);

export const accountToken = pgTable(
	'account_token',
	{
		id: id(),
		kind: accountTokenKindEnum('kind').notNull(),
		tokenHash: text('token_hash').notNull().unique(),
		email: text('email').notNull(),
		name: text('name'),
		userId: text('user_id').references(() => user.id, { onDelete: 'cascade' }),
		role: roleEnum('role'),
		programmeId: uuid('programme_id').references(() => programme.id, { onDelete: 'cascade' }),
		countryCodes: text('country_codes').array(),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('account_token_email_idx').on(t.email)]
);
