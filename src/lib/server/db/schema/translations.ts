// What each imported translation was made from: for every translated unit of a thing translators work
// on (a survey, a Delphi study, a training package, a framework: `subject_kind` + `subject_id`), a hash
// of the source text it translates. A unit whose source changed since is shown as outdated
// (server/translation/outdated.ts). No foreign key: the subject may be of any kind.
import { primaryKey, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const translationSource = pgTable(
	'translation_source',
	{
		subjectKind: text('subject_kind').notNull(),
		subjectId: uuid('subject_id').notNull(),
		unitId: text('unit_id').notNull(),
		locale: text('locale').notNull(),
		/** sha256 of the source language and text the translation was made from (outdated.ts). */
		sourceHash: text('source_hash').notNull(),
		translatedAt: timestamp('translated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.subjectKind, t.subjectId, t.unitId, t.locale] })]
);
