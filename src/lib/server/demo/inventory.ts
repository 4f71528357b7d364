// The MIG-H inventory as the mapping survey could have filled it: existing training packages on
// migrant health (Equi-Health, MEM-TP and a fictional one), the four criteria MIG-H reviewed them
// against, and one review by the demo reviewer. Scores and details are made up for the demo.
import { eq } from 'drizzle-orm';
import type { Localized } from '../../i18n/localized.js';
import type { Actor, Grant } from '../auth/actor.js';
import { db } from '../db/client.js';
import { user } from '../db/schema/auth.js';
import { addCriterion } from '../inventory/criteria.js';
import { createPackage } from '../inventory/packages.js';
import { submitReview } from '../inventory/reviews.js';

const packages = [
	{
		title: 'Equi-Health training for health professionals and law enforcement officers',
		provider: 'IOM Regional Office Brussels',
		topics: ['communicable_diseases', 'intercultural_competence', 'health_coverage'],
		audiences: ['health_professionals', 'law_enforcement_officers'],
		languages: ['en', 'el', 'it', 'es'],
		format: 'face_to_face',
		durationHours: '16',
		link: 'https://example.org/equi-health'
	},
	{
		title: 'MEM-TP: Migrant and Ethnic Minority Health Training Package',
		provider: 'MEM-TP consortium',
		topics: ['intercultural_competence', 'public_health', 'training_education'],
		audiences: ['health_professionals', 'trainers'],
		languages: ['en', 'fr', 'de'],
		format: 'blended',
		durationHours: '24',
		link: 'https://example.org/mem-tp'
	},
	{
		title: 'Psychological first aid at reception centres',
		provider: 'Mediterranean Psychosocial Network (fictional)',
		topics: ['mental_health', 'psychosocial_support'],
		audiences: ['social_workers', 'health_professionals'],
		languages: ['en', 'ar', 'fr'],
		format: 'online',
		durationHours: '6'
	}
];

const criteria: { label: Localized; guidance: Localized; maxScore: string }[] = [
	{
		label: { en: 'Relevance', fr: 'Pertinence', ar: 'الملاءمة' },
		guidance: { en: 'Fits the needs of staff working with migrants at the first points of contact.' },
		maxScore: '5'
	},
	{
		label: { en: 'Evidence base', fr: 'Fondement scientifique', ar: 'القاعدة العلمية' },
		guidance: { en: 'Content rests on current evidence and guidelines.' },
		maxScore: '5'
	},
	{
		label: { en: 'Adaptability', fr: 'Adaptabilité', ar: 'قابلية التكييف' },
		guidance: { en: 'Can be adapted to other countries, languages and professions.' },
		maxScore: '5'
	},
	{
		label: { en: 'Evaluation', fr: 'Évaluation', ar: 'التقييم' },
		guidance: { en: 'Has been evaluated with participants, and the results are available.' },
		maxScore: '5'
	}
];

/** Actors for the demo: the administrator adds, the demo reviewer reviews. */
async function demoActor(email: string, grants: Grant[]): Promise<Actor> {
	const [found] = await db().select({ id: user.id, name: user.name }).from(user).where(eq(user.email, email));
	return { kind: 'user', userId: found.id, name: found.name, email, grants };
}

export async function createDemoInventory(programmeId: string): Promise<void> {
	const administrator = await demoActor('admin@mhub.demo', [
		{ role: 'administrator', scope: { kind: 'platform' } }
	]);
	const reviewer = await demoActor('reviewer@mhub.demo', [{ role: 'reviewer', scope: { kind: 'platform' } }]);
	const packageIds: string[] = [];
	for (const item of packages)
		packageIds.push((await createPackage(administrator, { ...item, programmeId })).id);
	const criterionIds: string[] = [];
	for (const criterion of criteria)
		criterionIds.push((await addCriterion(administrator, programmeId, criterion)).id);
	// The reviewer has reviewed MEM-TP; the other packages wait for their review.
	const scores = [5, 4, 4, 3];
	await submitReview(reviewer, packageIds[1], {
		scores: Object.fromEntries(criterionIds.map((id, index) => [id, String(scores[index])])),
		comment: 'Comprehensive and well tested; the evaluation results could be published more widely.'
	});
}
