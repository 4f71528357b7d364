// The closed lists of events, shared by forms, filters, validation and the database enums built
// from them (server/db/schema/events.ts); here because browser code may not import server modules.
export const eventKindValues = [
	'training_of_trainers',
	'pilot_training',
	'rollout_training',
	'expert_meeting',
	'regional_school',
	'webinar'
] as const;
export type EventKind = (typeof eventKindValues)[number];

/** The kinds given by trainers certified at a Training of Trainers: the cascade. */
export const cascadeKinds: readonly EventKind[] = ['pilot_training', 'rollout_training'];
export const isCascadeKind = (kind: string): boolean => (cascadeKinds as readonly string[]).includes(kind);

export const participantCategoryValues = [
	'academic',
	'researcher',
	'student',
	'institution',
	'social_worker',
	'international_organisation',
	'civil_society',
	'focal_point'
] as const;
export type ParticipantCategory = (typeof participantCategoryValues)[number];

export const registrationStatusValues = [
	'pending',
	'confirmed',
	'waitlisted',
	'declined',
	'cancelled'
] as const;
export type RegistrationStatus = (typeof registrationStatusValues)[number];

/** The registrations that hold a place: confirmed, or awaiting the organiser's decision. */
export const holdingStatuses = ['confirmed', 'pending'] as const satisfies readonly RegistrationStatus[];

/** Where a participants import stands: previewed, then queued, running and done or failed. */
export const importStatusValues = ['previewed', 'queued', 'running', 'done', 'failed'] as const;
export type ImportStatus = (typeof importStatusValues)[number];

/** The completion rule's default share of sessions attended, in percent. */
export const defaultCompletionPercent = 80;
