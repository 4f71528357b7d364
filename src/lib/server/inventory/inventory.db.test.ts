// The inventory against PostgreSQL: duplicates by similar title and same link, confirming creates
// anyway, a survey response turned into a package and into an expert (refused without consent,
// duplicates by email), and reviews (scores out of range refused, one per reviewer, averages).
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { user } from '../db/schema/auth.js';
import { person } from '../db/schema/directory.js';
import { inventoryPackage } from '../db/schema/inventory.js';
import { survey, surveyResponse } from '../db/schema/surveys.js';
import type { SurveyDefinition } from '../../surveys/definition.js';
import { useTestDatabase } from '../testing/database.js';
import { actor, coordinatorOf, newProgramme, refusal } from '../testing/fixtures.js';
import { addCriterion, listCriteria, updateCriterion } from './criteria.js';
import { createExpertFromResponse, createPackageFromResponse } from './from-response.js';
import { createPackage, getPackage, getPackageToEdit, listPackages, updatePackage } from './packages.js';
import { packageReviews, submitReview } from './reviews.js';

useTestDatabase();

const definition: SurveyDefinition = {
	sections: [
		{
			name: 'main',
			questions: [
				{ name: 'package_title', type: 'short_text', label: { en: 'Title' } },
				{ name: 'link', type: 'short_text', label: { en: 'Link' } },
				{ name: 'full_name', type: 'short_text', label: { en: 'Your name' } },
				{ name: 'email', type: 'email', label: { en: 'Your email' } },
				{ name: 'consent', type: 'yes_no', label: { en: 'May we contact you?' } }
			].map((question) => ({
				required: false,
				choices: [],
				allowOther: false,
				rows: [],
				showIf: [],
				...question
			})) as SurveyDefinition['sections'][number]['questions']
		}
	]
};

async function surveyWithResponses(programmeId: string, answers: Record<string, string>[]) {
	const [created] = await db()
		.insert(survey)
		.values({ programmeId, title: { en: 'Mapping' }, definition })
		.returning({ id: survey.id });
	const responses = await db()
		.insert(surveyResponse)
		.values(
			answers.map((a) => ({
				surveyId: created.id,
				answers: a,
				status: 'complete' as const,
				submittedAt: new Date()
			}))
		)
		.returning({ id: surveyResponse.id });
	return { surveyId: created.id, responseIds: responses.map((row) => row.id) };
}

describe('the inventory', () => {
	let programmeId: string;
	let coordinator: Actor;
	let reviewerA: Actor;
	let reviewerB: Actor;
	const admin = actor('admin-inv', { role: 'administrator', scope: { kind: 'platform' } });

	beforeAll(async () => {
		programmeId = await newProgramme();
		await db()
			.insert(user)
			.values([
				{ id: 'admin-inv', name: 'Administrator', email: 'admin-inv@example.org' },
				{ id: 'coordinator-inv', name: 'Coordinator', email: 'coordinator-inv@example.org' },
				{ id: 'reviewer-a', name: 'Reviewer A', email: 'reviewer-a@example.org' },
				{ id: 'reviewer-b', name: 'Reviewer B', email: 'reviewer-b@example.org' }
			]);
		coordinator = actor('coordinator-inv', coordinatorOf(programmeId));
		reviewerA = actor('reviewer-a', { role: 'reviewer', scope: { kind: 'programme', programmeId } });
		reviewerB = actor('reviewer-b', { role: 'reviewer', scope: { kind: 'platform' } });
	});

	it('refuses a package with a similar title or the same link until confirmed', async () => {
		const first = await createPackage(coordinator, {
			programmeId,
			title: 'Migrant and Ethnic Minority Health Training Package',
			link: 'https://example.org/mem-tp',
			languages: ['en', 'fr'],
			durationHours: '16'
		});
		const similar = createPackage(coordinator, {
			programmeId,
			title: 'Migrant & ethnic minority health training package'
		});
		await expect(similar).rejects.toEqual(refusal('conflict', { createAnyway: ['likely_duplicate'] }));
		await expect(similar).rejects.toMatchObject({ details: { duplicates: [{ id: first.id }] } });

		const sameLink = createPackage(coordinator, {
			programmeId,
			title: 'Cultural competence',
			link: 'https://EXAMPLE.org/mem-tp'
		});
		await expect(sameLink).rejects.toMatchObject({
			code: 'conflict',
			details: { duplicates: [{ id: first.id }] }
		});

		// An unrelated title with another link is no duplicate; nor is the same title in another programme.
		await expect(
			createPackage(coordinator, { programmeId, title: 'Equi-Health training for police' })
		).resolves.toHaveProperty('id');
		const other = await newProgramme();
		await expect(
			createPackage(admin, {
				programmeId: other,
				title: 'Migrant and Ethnic Minority Health Training Package'
			})
		).resolves.toHaveProperty('id');

		const confirmed = await createPackage(coordinator, {
			programmeId,
			title: 'Migrant & ethnic minority health training package',
			createAnyway: 'on'
		});
		const stored = await getPackage(coordinator, confirmed.id);
		expect(stored.title).toBe('Migrant & ethnic minority health training package');
		expect((await getPackage(coordinator, first.id)).languages).toEqual(['en', 'fr']);
	});

	it('finds packages by a misspelt title and keeps a reviewer to their programmes', async () => {
		const found = await listPackages(coordinator, { programmeId, q: 'equi helth' });
		expect(found.map((row) => row.title)).toEqual(['Equi-Health training for police']);
		await expect(listPackages(coordinator, { q: 'equi\0' })).rejects.toThrow(
			refusal('invalid', { q: ['control_characters'] })
		);
		const outsider = actor('coordinator-b', coordinatorOf(await newProgramme()));
		expect(await listPackages(outsider)).toEqual([]);
		// Three in its programme; the one of the other programme is out of reach.
		expect((await listPackages(reviewerA)).length).toBe(3);
		await expect(createPackage(reviewerA, { programmeId, title: 'Anything' })).rejects.toEqual(
			refusal('forbidden')
		);
	});

	it('corrects a package, refusing a new title that duplicates another', async () => {
		const { id } = await createPackage(coordinator, { programmeId, title: 'Psychological first aid' });
		await expect(
			updatePackage(coordinator, id, { title: 'Equi Health training for police' })
		).rejects.toEqual(refusal('conflict'));
		await updatePackage(coordinator, id, { title: 'Psychological first aid (PFA)', format: 'blended' });
		expect(await getPackage(coordinator, id)).toMatchObject({
			title: 'Psychological first aid (PFA)',
			format: 'blended'
		});
		// Its correction form opens for those who manage the inventory, not for a reviewer who reads it.
		expect(await getPackageToEdit(coordinator, id)).toMatchObject({ format: 'blended' });
		await expect(getPackageToEdit(reviewerA, id)).rejects.toEqual(refusal('forbidden'));
	});

	it('turns a response into a package that keeps the response, and into an expert only with consent', async () => {
		await db()
			.insert(person)
			.values({ fullName: 'Maria Lopez', email: 'maria.lopez@example.org', profession: 'nurse' });
		const { surveyId, responseIds } = await surveyWithResponses(programmeId, [
			{
				package_title: 'Health literacy for refugees',
				link: 'https://example.org/hl',
				full_name: 'Karim Benali',
				email: 'karim@example.org',
				consent: 'yes'
			},
			{
				package_title: 'Working with interpreters',
				full_name: 'Sofia Rossi',
				email: 'sofia@example.org',
				consent: 'no'
			},
			{
				package_title: 'Trauma-informed care',
				full_name: 'M. Lopez',
				email: 'MARIA.LOPEZ@example.org',
				consent: 'yes'
			}
		]);
		const [consenting, declining, known] = responseIds;

		const { id } = await createPackageFromResponse(coordinator, surveyId, consenting, {
			title: 'Health literacy for refugees',
			link: 'https://example.org/hl'
		});
		const [stored] = await db().select().from(inventoryPackage).where(eq(inventoryPackage.id, id));
		expect(stored).toMatchObject({ responseId: consenting, programmeId, createdBy: 'coordinator-inv' });

		const expert = { consentQuestion: 'consent', profession: 'researcher' };
		await expect(
			createExpertFromResponse(coordinator, surveyId, declining, {
				...expert,
				fullName: 'Sofia Rossi',
				email: 'sofia@example.org'
			})
		).rejects.toEqual(refusal('forbidden', { consentQuestion: ['no_consent'] }));
		await expect(
			createExpertFromResponse(coordinator, surveyId, consenting, {
				...expert,
				consentQuestion: 'full_name',
				fullName: 'Karim Benali'
			})
		).rejects.toEqual(refusal('invalid', { consentQuestion: ['not_yes_no'] }));

		const created = await createExpertFromResponse(coordinator, surveyId, consenting, {
			...expert,
			fullName: 'Karim Benali',
			email: 'karim@example.org',
			countryCodes: ['GR']
		});
		const [karim] = await db().select().from(person).where(eq(person.id, created.id));
		expect(karim).toMatchObject({ fullName: 'Karim Benali', isContactConsented: true, countryCodes: ['GR'] });
		expect(karim.contactConsentedAt).toBeInstanceOf(Date);

		const again = createExpertFromResponse(coordinator, surveyId, known, {
			...expert,
			fullName: 'M. Lopez',
			email: 'maria.lopez@example.org'
		});
		await expect(again).rejects.toEqual(refusal('conflict', { createAnyway: ['likely_duplicate_person'] }));
		await expect(again).rejects.toMatchObject({
			details: { duplicates: [{ fullName: 'Maria Lopez', reason: 'email' }] }
		});
		const byName = createExpertFromResponse(coordinator, surveyId, known, {
			...expert,
			fullName: 'Karim Benalli'
		});
		await expect(byName).rejects.toMatchObject({
			details: { duplicates: [{ id: created.id, reason: 'name' }] }
		});

		await expect(
			createPackageFromResponse(reviewerA, surveyId, consenting, { title: 'Anything' })
		).rejects.toEqual(refusal('forbidden'));
	});

	it('takes one review per reviewer, refuses scores out of range, and averages them', async () => {
		const relevance = await addCriterion(coordinator, programmeId, {
			label: { en: 'Relevance' },
			maxScore: '5'
		});
		const evidence = await addCriterion(coordinator, programmeId, {
			label: { en: 'Evidence base' },
			maxScore: '10'
		});
		expect((await listCriteria(reviewerA, programmeId)).map((c) => c.label.en)).toEqual([
			'Relevance',
			'Evidence base'
		]);
		await expect(addCriterion(reviewerA, programmeId, { label: { en: 'X' }, maxScore: '5' })).rejects.toEqual(
			refusal('forbidden')
		);

		const { id } = await createPackage(coordinator, {
			programmeId,
			title: 'Sexual and reproductive health of migrants'
		});
		await expect(
			submitReview(reviewerA, id, { scores: { [relevance.id]: '6', [evidence.id]: '3' } })
		).rejects.toEqual(refusal('invalid', { [`scores.${relevance.id}`]: ['score_out_of_range'] }));
		await expect(submitReview(reviewerA, id, { scores: { [relevance.id]: '4' } })).rejects.toEqual(
			refusal('invalid', { [`scores.${evidence.id}`]: ['score_required'] })
		);
		await expect(
			submitReview(coordinator, id, { scores: { [relevance.id]: '4', [evidence.id]: '4' } })
		).rejects.toEqual(refusal('forbidden'));

		await submitReview(reviewerA, id, {
			scores: { [relevance.id]: '2', [evidence.id]: '2' },
			comment: 'First look'
		});
		// Changing one's mind replaces the review.
		await submitReview(reviewerA, id, {
			scores: { [relevance.id]: '4', [evidence.id]: '6' },
			comment: 'Solid'
		});
		await submitReview(reviewerB, id, { scores: { [relevance.id]: '5', [evidence.id]: '10' } });

		const seen = await packageReviews(coordinator, id);
		expect(seen.reviews.map((r) => [r.reviewerName, r.comment])).toEqual([
			['Reviewer A', 'Solid'],
			['Reviewer B', null]
		]);
		// Relevance (4 + 5) / 2 = 4.5; evidence (6 + 10) / 2 = 8; reviews 10/15 = 66.7 % and 15/15 = 100 %: 83 %.
		expect(seen.averages).toEqual({
			criteria: [
				{ criterionId: relevance.id, average: 4.5, count: 2 },
				{ criterionId: evidence.id, average: 8, count: 2 }
			],
			overallPercent: 83
		});
		const listed = (await listPackages(coordinator, { programmeId })).find((row) => row.id === id);
		expect(listed).toMatchObject({ reviewCount: 2, averagePercent: 83 });

		const own = await packageReviews(reviewerA, id);
		expect(own.reviews.map((r) => r.reviewerName)).toEqual(['Reviewer A']);
		expect(own.mine?.scores).toEqual({ [relevance.id]: 4, [evidence.id]: 6 });
		expect(own.averages).toBeUndefined();
		const listedForReviewer = (await listPackages(reviewerA, { programmeId })).find((row) => row.id === id);
		expect(listedForReviewer).toMatchObject({ reviewedByMe: true, reviewCount: 0, averagePercent: null });
	});
	it('corrects a criterion in each language and its highest score, never below a score given', async () => {
		// A programme of its own, so that its one criterion is all a review must score.
		const otherProgramme = await newProgramme();
		const { id: criterionId } = await addCriterion(admin, otherProgramme, {
			label: { en: 'Relevanse' },
			maxScore: '10'
		});
		await updateCriterion(admin, criterionId, {
			label: { en: 'Relevance', fr: 'Pertinence', ar: 'الملاءمة' },
			guidance: { en: 'For the migrants the programme serves' },
			maxScore: '8'
		});
		const [corrected] = await listCriteria(admin, otherProgramme);
		expect(corrected).toMatchObject({
			id: criterionId,
			label: { en: 'Relevance', fr: 'Pertinence', ar: 'الملاءمة' },
			guidance: { en: 'For the migrants the programme serves' },
			maxScore: 8,
			position: 1
		});

		// A review gave 6: the highest score may fall to 6, not to 5.
		const { id: packageId } = await createPackage(admin, {
			programmeId: otherProgramme,
			title: 'Interpreting'
		});
		await submitReview(reviewerB, packageId, { scores: { [criterionId]: '6' } });
		const input = { label: { en: 'Relevance' }, maxScore: '5' };
		await expect(updateCriterion(admin, criterionId, input)).rejects.toEqual(
			refusal('conflict', { maxScore: ['max_below_scores'] })
		);
		await updateCriterion(admin, criterionId, { ...input, maxScore: '6' });
		expect((await listCriteria(admin, otherProgramme))[0]).toMatchObject({
			label: { en: 'Relevance' },
			guidance: null,
			maxScore: 6
		});
	});

	it('refuses a correction with bad input, by someone else or of no criterion, and changes nothing', async () => {
		const otherProgramme = await newProgramme();
		const { id: criterionId } = await addCriterion(admin, otherProgramme, {
			label: { en: 'Clarity' },
			maxScore: '5'
		});
		await expect(updateCriterion(admin, criterionId, { label: { en: '' }, maxScore: '0' })).rejects.toEqual(
			refusal('invalid', { label: ['localized_required'], maxScore: ['invalid_number'] })
		);
		await expect(
			updateCriterion(admin, criterionId, { label: { en: 'Clarity' }, maxScore: 'five' })
		).rejects.toEqual(refusal('invalid', { maxScore: ['invalid_number'] }));
		// The coordinator of another programme and a reviewer may not correct it.
		await expect(
			updateCriterion(coordinator, criterionId, { label: { en: 'Mine' }, maxScore: '5' })
		).rejects.toEqual(refusal('forbidden'));
		await expect(
			updateCriterion(reviewerB, criterionId, { label: { en: 'Mine' }, maxScore: '5' })
		).rejects.toEqual(refusal('forbidden'));
		await expect(
			updateCriterion(admin, '00000000-0000-4000-8000-000000000000', { label: { en: 'X' }, maxScore: '5' })
		).rejects.toEqual(refusal('not_found'));
		expect(await listCriteria(admin, otherProgramme)).toEqual([
			expect.objectContaining({ label: { en: 'Clarity' }, guidance: null, maxScore: 5 })
		]);
	});
});
