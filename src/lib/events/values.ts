// The closed lists of events, shared by forms, filters and validation. They mirror the database
// enums in server/db/schema/events.ts (a test keeps them equal); browser code may not import those.
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

/** The completion rule's default share of sessions attended, in percent. */
export const defaultCompletionPercent = 80;
