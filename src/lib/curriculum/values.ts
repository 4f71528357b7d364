// The closed lists of training packages, shared by forms, validation and the server; the database
// enums in server/db/schema/curriculum.ts are built from them.
export const audienceValues = [
	'health_professionals',
	'law_enforcement_officers',
	'social_workers',
	'trainers'
] as const;
export type Audience = (typeof audienceValues)[number];

/** The trainer's (ToT) edition has every session and the trainer's notes; the trainee edition neither. */
export const editionValues = ['trainer', 'trainee'] as const;
export type Edition = (typeof editionValues)[number];

export const methodValues = [
	'lecture',
	'discussion',
	'case_study',
	'role_play',
	'group_work',
	'video',
	'quiz',
	'field_visit'
] as const;
export type Method = (typeof methodValues)[number];

/** A session's material is a stored file or a link. */
export const materialKindValues = ['file', 'link'] as const;
export type MaterialKind = (typeof materialKindValues)[number];

/** Files a session's materials may be: the type read from the content, and the name's ending it takes. */
export const materialFileTypes = [
	{ mediaType: 'application/pdf', extension: 'pdf' },
	{
		mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
		extension: 'pptx'
	},
	{ mediaType: 'application/vnd.oasis.opendocument.presentation', extension: 'odp' },
	{
		mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		extension: 'docx'
	}
] as const;

/** The largest material file accepted. */
export const maxMaterialBytes = 20 * 1024 * 1024;
