// Settings shared by every instance, the mail outbox, and the counters of rate limits.
import { index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { id } from '../columns.js';

export const appSetting = pgTable('app_setting', {
	key: text('key').primaryKey(),
	value: jsonb('value').notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export const mailStatusEnum = pgEnum('mail_status', ['outbox', 'sent', 'failed']);

/** Every message MHub sends. Without SMTP settings it stays here for administrators to read. */
export const mailMessage = pgTable('mail_message', {
	id: id(),
	toAddress: text('to_address').notNull(),
	subject: text('subject').notNull(),
	textBody: text('text_body').notNull(),
	status: mailStatusEnum('status').notNull().default('outbox'),
	error: text('error'),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	sentAt: timestamp('sent_at', { withTimezone: true })
});

/**
 * Requests counted per key (e.g. an email address or a client address, with what they ask for) in
 * fixed windows, shared by every instance. Windows that have passed are deleted as new ones are
 * counted.
 */
export const rateLimitWindow = pgTable(
	'rate_limit_window',
	{
		key: text('key').notNull(),
		windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
		hits: integer('hits').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.key, t.windowStart] }),
		index('rate_limit_window_start_idx').on(t.windowStart)
	]
);
