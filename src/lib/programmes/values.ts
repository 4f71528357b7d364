// The closed lists of programmes, from which the database enums in server/db/schema/programmes.ts
// are built; here because browser code may not import server modules.
export const participationValues = ['pilot', 'rollout'] as const;
export type Participation = (typeof participationValues)[number];

export const activityKindValues = [
	'survey',
	'delphi_study',
	'expert_meeting',
	'training_of_trainers',
	'pilots',
	'rollout',
	'evaluation',
	'dissemination',
	'other'
] as const;
export type ActivityKind = (typeof activityKindValues)[number];
