// Closed lists that several domains' tables use. They live in a module that imports nothing, so
// schema modules that refer to each other (auth ↔ programmes ↔ directory) can load in any order.
import { pgEnum } from 'drizzle-orm/pg-core';

export const professionEnum = pgEnum('profession', [
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
]);

export const expertiseEnum = pgEnum('expertise', [
	'communicable_diseases',
	'mental_health',
	'sexual_reproductive_health',
	'psychosocial_support',
	'health_coverage',
	'intercultural_competence',
	'migration_law_policy',
	'training_education',
	'public_health'
]);
