// A participants file on its way into an event: previewed, then imported by a background job that
// reports its progress here, with every refused row and why.
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { importStatusValues } from '../../../events/values.js';
import { id } from '../columns.js';
import { user } from './auth.js';
import { event } from './events.js';
import { storedFile } from './files.js';

export const importStatusEnum = pgEnum('import_status', importStatusValues);

export type ImportRefusal = { line: number; field: string; problem: string; value: string };

export const participantImport = pgTable(
	'participant_import',
	{
		id: id(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => event.id, { onDelete: 'cascade' }),
		fileId: uuid('file_id')
			.notNull()
			.references(() => storedFile.id),
		fileName: text('file_name').notNull(),
		status: importStatusEnum('status').notNull().default('previewed'),
		totalRows: integer('total_rows').notNull(),
		processedRows: integer('processed_rows').notNull().default(0),
		importedRows: integer('imported_rows').notNull().default(0),
		refusals: jsonb('refusals')
			.$type<ImportRefusal[]>()
			.notNull()
			.default(sql`'[]'::jsonb`),
		error: text('error'),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		finishedAt: timestamp('finished_at', { withTimezone: true })
	},
	(t) => [
		index('participant_import_event_idx').on(t.eventId, t.createdAt),
		check('participant_import_progress', sql`${t.processedRows} between 0 and ${t.totalRows}`)
	]
);
