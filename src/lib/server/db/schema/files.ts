// Uploaded files live in PostgreSQL, so every instance serves the same files and backups hold them.
import { sql } from 'drizzle-orm';
import { check, customType, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { id } from '../columns.js';
import { user } from './auth.js';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export const storedFile = pgTable(
	'stored_file',
	{
		id: id(),
		name: text('name').notNull(),
		mediaType: text('media_type').notNull(),
		byteSize: integer('byte_size').notNull(),
		sha256: text('sha256').notNull(),
		content: bytea('content').notNull(),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [check('stored_file_size', sql`${t.byteSize} = octet_length(${t.content})`)]
);
