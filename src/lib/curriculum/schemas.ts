// Validation of training packages, their modules, sessions and materials, shared by the forms and
// the server. Error messages are message keys (see ui/field-errors.ts); that a programme exists and
// what an uploaded file really is are checked by the domain, which answers the same way.
import { z } from 'zod';
import { contentLocales } from '../i18n/localized.js';
import {
	LanguageCodeSchema,
	optional,
	DeclaredLanguagesSchema,
	optionalLocalized,
	requiredLocalized,
	setOf,
	text
} from '../validation/common.js';
import { expertiseValues } from '../directory/values.js';
import { audienceValues, editionValues, methodValues } from './values.js';

export const maxObjectives = 20;

const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
	z.enum(values, { error: 'invalid_choice' });

// ---------------------------------------------------------------- packages

const packageFields = {
	title: requiredLocalized(300),
	summary: optionalLocalized(4000),
	languages: DeclaredLanguagesSchema.optional(),
	/** null: a package of no programme, which only platform-wide editors may change. */
	programmeId: optional(z.uuid({ error: 'unknown_programme' })),
	audiences: setOf(choice(audienceValues), audienceValues.length, 'invalid_choice')
};

export const PackageCreateSchema = z.object({
	...packageFields,
	audiences: packageFields.audiences.default([])
});

/** Fields left out stay as they are (no defaults); null (or blank) clears an optional one. */
export const PackageUpdateSchema = z.object(packageFields).partial();

export const PackageListQuerySchema = z.object({
	programme: z.uuid({ error: 'unknown_programme' }).optional(),
	includeArchived: z.union([z.boolean(), z.stringbool()], { error: 'invalid_choice' }).default(false),
	/** The reader's language: titles are sorted as they read in it. */
	locale: z.enum(contentLocales, { error: 'invalid_choice' }).default('en')
});
export type PackageListQuery = z.infer<typeof PackageListQuerySchema>;

// ---------------------------------------------------------------- modules and sessions

export const ModuleCreateSchema = z.object({
	title: requiredLocalized(300),
	topic: optional(choice(expertiseValues)),
	summary: optionalLocalized(2000)
});
export type ModuleCreateInput = z.infer<typeof ModuleCreateSchema>;

export const ModuleUpdateSchema = ModuleCreateSchema.partial();

const sessionFields = {
	title: requiredLocalized(300),
	/** Each objective in one or more languages, in the order they are taught. */
	objectives: z
		.array(requiredLocalized(500), { error: 'invalid_text' })
		.max(maxObjectives, { error: 'too_many' }),
	durationMinutes: z.coerce
		.number({ error: 'invalid_duration' })
		.int({ error: 'invalid_duration' })
		.min(5, { error: 'invalid_duration' })
		.max(1440, { error: 'invalid_duration' }),
	methods: setOf(choice(methodValues), methodValues.length, 'invalid_choice'),
	editions: setOf(choice(editionValues), editionValues.length, 'invalid_choice').refine(
		(editions) => editions.length > 0,
		{ error: 'choose_an_edition' }
	),
	/** Shown only in the trainer's edition. */
	trainerNotes: optionalLocalized(4000)
};

export const SessionCreateSchema = z.object({
	...sessionFields,
	objectives: sessionFields.objectives.default([]),
	methods: sessionFields.methods.default([])
});
export type SessionCreateInput = z.infer<typeof SessionCreateSchema>;

/** Fields left out stay as they are (no defaults). */
export const SessionUpdateSchema = z.object(sessionFields).partial();

/** Where to move a module or session to: its new place, counting from 1. */
export const MoveSchema = z.object({
	position: z.coerce
		.number({ error: 'invalid_position' })
		.int({ error: 'invalid_position' })
		.min(1, { error: 'invalid_position' })
		.max(1000, { error: 'invalid_position' })
});

// ---------------------------------------------------------------- materials

const materialDetails = {
	title: requiredLocalized(300),
	/** The language the material is written or spoken in. */
	language: optional(LanguageCodeSchema)
};

export const LinkMaterialSchema = z.object({
	...materialDetails,
	url: z.httpUrl({ error: 'invalid_url' }).max(2000, { error: 'too_long' })
});

/** A file material's details; the file itself is checked by the domain (size, type from content). */
export const FileMaterialSchema = z.object(materialDetails);

// ---------------------------------------------------------------- versions

export const PublishSchema = z.object({
	/** What changed, for those who choose a version for their event. */
	note: optional(text(1000))
});
