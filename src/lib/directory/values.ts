// The closed lists the directory's forms, filters and validation share; the database enums in
// server/db/schema/directory.ts and enums.ts are built from them. They live here because browser
// code may not import server modules.
export const regionValues = [
	'eu',
	'eea_efta',
	'candidate',
	'other_europe',
	'mena',
	'sub_saharan_africa',
	'asia_pacific',
	'americas'
] as const;
export type Region = (typeof regionValues)[number];

export const organisationTypeValues = [
	'international_organisation',
	'development_agency',
	'donor',
	'ministry',
	'public_health_institute',
	'academic',
	'network',
	'ngo',
	'other'
] as const;
export type OrganisationType = (typeof organisationTypeValues)[number];

export const professionValues = [
	'physician',
	'nurse',
	'midwife',
	'psychologist',
	'social_worker',
	'law_enforcement_officer',
	'public_health_specialist',
	'researcher',
	'trainer',
	'cultural_mediator',
	'policy_maker',
	'other'
] as const;
export type Profession = (typeof professionValues)[number];

export const expertiseValues = [
	'communicable_diseases',
	'mental_health',
	'sexual_reproductive_health',
	'psychosocial_support',
	'health_coverage',
	'intercultural_competence',
	'migration_law_policy',
	'training_education',
	'public_health'
] as const;
export type Expertise = (typeof expertiseValues)[number];
