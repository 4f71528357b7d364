// Settings shared by every instance, and the mail outbox.
import { jsonb, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
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
