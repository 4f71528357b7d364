// Training packages: package → modules → sessions → materials, edited as a draft and published as
// frozen, numbered versions that events name.
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
import {
	audienceValues,
	editionValues,
	materialKindValues,
	methodValues
} from '../../../curriculum/values.js';
import type { Localized } from '../../../i18n/localized.js';
import { declaredLanguages, id, localized, timestamps } from '../columns.js';
import { user } from './auth.js';
import { expertiseEnum } from './enums.js';
import { storedFile } from './files.js';
import { programme } from './programmes.js';

export const audienceEnum = pgEnum('audience', audienceValues);

/** The trainer's (ToT) edition carries facilitation notes and extra sessions; the trainee edition does not. */
export const editionEnum = pgEnum('package_edition', editionValues);

export const trainingPackage = pgTable(
	'training_package',
	{
		id: id(),
		programmeId: uuid('programme_id').references(() => programme.id),
		title: localized('title').notNull(),
		summary: localized('summary'),
		languages: declaredLanguages(),
		audiences: audienceEnum('audiences')
			.array()
			.notNull()
			.default(sql`'{}'`),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		...timestamps()
	},
	(t) => [index('training_package_programme_idx').on(t.programmeId)]
);

export const packageModule = pgTable(
	'package_module',
	{
		id: id(),
		packageId: uuid('package_id')
			.notNull()
			.references(() => trainingPackage.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		title: localized('title').notNull(),
		topic: expertiseEnum('topic'),
		summary: localized('summary')
	},
	(t) => [index('package_module_package_idx').on(t.packageId, t.position)]
);

export const methodEnum = pgEnum('session_method', methodValues);

export const packageSession = pgTable(
	'package_session',
	{
		id: id(),
		moduleId: uuid('module_id')
			.notNull()
			.references(() => packageModule.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		title: localized('title').notNull(),
		/** Each objective in several languages. */
		objectives: jsonb('objectives')
			.$type<Localized[]>()
			.notNull()
			.default(sql`'[]'::jsonb`),
		durationMinutes: integer('duration_minutes').notNull(),
		methods: methodEnum('methods')
			.array()
			.notNull()
			.default(sql`'{}'`),
		editions: editionEnum('editions')
			.array()
			.notNull()
			.default(sql`'{trainer,trainee}'`),
		trainerNotes: localized('trainer_notes')
	},
	(t) => [
		index('package_session_module_idx').on(t.moduleId, t.position),
		check('package_session_duration', sql`${t.durationMinutes} between 5 and 1440`),
		check('package_session_editions', sql`cardinality(${t.editions}) > 0`)
	]
);

export const materialKindEnum = pgEnum('material_kind', materialKindValues);

/** A file (PDF, slides) or a link (video, web page) used in a session, in one language. */
export const sessionMaterial = pgTable(
	'session_material',
	{
		id: id(),
		sessionId: uuid('session_id')
			.notNull()
			.references(() => packageSession.id, { onDelete: 'cascade' }),
		kind: materialKindEnum('kind').notNull(),
		title: localized('title').notNull(),
		language: text('language'),
		url: text('url'),
		fileId: uuid('file_id').references(() => storedFile.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('session_material_session_idx').on(t.sessionId),
		check(
			'session_material_kind',
			sql`(${t.kind} = 'file' and ${t.fileId} is not null and ${t.url} is null) or (${t.kind} = 'link' and ${t.url} is not null and ${t.fileId} is null)`
		)
	]
);

/** A published version: the whole package as it was, frozen. Events name the version they used. */
export const packageVersion = pgTable(
	'package_version',
	{
		id: id(),
		packageId: uuid('package_id')
			.notNull()
			.references(() => trainingPackage.id),
		number: integer('number').notNull(),
		/** The package, its modules, sessions and materials at publication (see curriculum/versions.ts). */
		content: jsonb('content').notNull(),
		note: text('note'),
		publishedBy: text('published_by').references(() => user.id, { onDelete: 'set null' }),
		publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('package_version_number').on(t.packageId, t.number),
		check('package_version_number_positive', sql`${t.number} > 0`)
	]
);
