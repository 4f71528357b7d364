// Consensus frameworks: sections → components built from accepted Delphi statements, published as
// frozen, numbered versions; training modules cite the components they implement.
import {
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import type { FrameworkContent } from '../../../frameworks/content.js';
import { id, localized, timestamps } from '../columns.js';
import { user } from './auth.js';
import { packageModule } from './curriculum.js';
import { delphiStatement, delphiStudy } from './delphi.js';
import { programme } from './programmes.js';

export const framework = pgTable(
	'framework',
	{
		id: id(),
		programmeId: uuid('programme_id')
			.notNull()
			.references(() => programme.id),
		studyId: uuid('study_id').references(() => delphiStudy.id, { onDelete: 'set null' }),
		title: localized('title').notNull(),
		summary: localized('summary'),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		...timestamps()
	},
	(t) => [index('framework_programme_idx').on(t.programmeId)]
);

export const frameworkSection = pgTable(
	'framework_section',
	{
		id: id(),
		frameworkId: uuid('framework_id')
			.notNull()
			.references(() => framework.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		title: localized('title').notNull()
	},
	(t) => [index('framework_section_framework_idx').on(t.frameworkId, t.position)]
);

export const frameworkComponent = pgTable(
	'framework_component',
	{
		id: id(),
		sectionId: uuid('section_id')
			.notNull()
			.references(() => frameworkSection.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		title: localized('title').notNull(),
		description: localized('description')
	},
	(t) => [index('framework_component_section_idx').on(t.sectionId, t.position)]
);

/** The statements a component rests on: its trace back to the ratings and the meeting. */
export const frameworkComponentStatement = pgTable(
	'framework_component_statement',
	{
		componentId: uuid('component_id')
			.notNull()
			.references(() => frameworkComponent.id, { onDelete: 'cascade' }),
		statementId: uuid('statement_id')
			.notNull()
			.references(() => delphiStatement.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.componentId, t.statementId] })]
);

/** A published version: the whole framework with its traces, frozen as one JSON tree. */
export const frameworkVersion = pgTable(
	'framework_version',
	{
		id: id(),
		frameworkId: uuid('framework_id')
			.notNull()
			.references(() => framework.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		content: jsonb('content').$type<FrameworkContent>().notNull(),
		publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
		publishedBy: text('published_by').references(() => user.id, { onDelete: 'set null' })
	},
	(t) => [unique('framework_version_number').on(t.frameworkId, t.number)]
);

/** A training module cites the framework components it implements. */
export const moduleFrameworkComponent = pgTable(
	'module_framework_component',
	{
		moduleId: uuid('module_id')
			.notNull()
			.references(() => packageModule.id, { onDelete: 'cascade' }),
		componentId: uuid('component_id')
			.notNull()
			.references(() => frameworkComponent.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.moduleId, t.componentId] })]
);
