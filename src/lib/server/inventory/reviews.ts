// Reviewers' reviews of inventoried packages: a score on every criterion of the package's programme
// and a comment, one review per reviewer per package, which they may change. Managers read all
// reviews and the averages; a reviewer reads only their own.
import { and, asc, eq } from 'drizzle-orm';
import { criterionAverages, overallPercent, type CriterionAverage } from '../../inventory/averages.js';
import { ReviewSchema } from '../../inventory/schemas.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { user } from '../db/schema/auth.js';
import { packageReview } from '../db/schema/inventory.js';
import { DomainError, type FieldErrors } from '../errors.js';
import { parseInput, type FieldsOf } from '../validate.js';
import { criteriaOf, type CriterionRow } from './criteria.js';
import { getPackageRow } from './packages.js';
import { authorize, can } from '../auth/authorize.js';

export type ReviewRow = {
	id: string;
	reviewerId: string;
	reviewerName: string;
	scores: Record<string, number>;
	comment: string | null;
	submittedAt: Date;
};

export type PackageReviews = {
	criteria: CriterionRow[];
	/** Every review (managers), or only the reader's own (reviewers). */
	reviews: ReviewRow[];
	/** The reader's own review, if they wrote one. */
	mine: ReviewRow | undefined;
	/** Per criterion and overall; only for managers. */
	averages: { criteria: CriterionAverage[]; overallPercent: number | null } | undefined;
	canReview: boolean;
};

export async function packageReviews(actor: Actor, packageId: string): Promise<PackageReviews> {
	const found = await getPackageRow(db(), packageId);
	const inventory = { kind: 'inventory', programmeId: found.programmeId } as const;
	authorize(actor, 'read', inventory);
	const seesAll = can(actor, 'readReviews', inventory);
	const userId = actor.kind === 'user' ? actor.userId : '';
	const [criteria, reviews] = await Promise.all([
		criteriaOf(found.programmeId),
		db()
			.select({
				id: packageReview.id,
				reviewerId: packageReview.reviewerId,
				reviewerName: user.name,
				scores: packageReview.scores,
				comment: packageReview.comment,
				submittedAt: packageReview.submittedAt
			})
			.from(packageReview)
			.innerJoin(user, eq(user.id, packageReview.reviewerId))
			.where(
				and(eq(packageReview.packageId, found.id), seesAll ? undefined : eq(packageReview.reviewerId, userId))
			)
			.orderBy(asc(packageReview.submittedAt), asc(packageReview.id))
	]);
	return {
		criteria,
		reviews,
		mine: reviews.find((review) => review.reviewerId === userId),
		averages: seesAll
			? { criteria: criterionAverages(criteria, reviews), overallPercent: overallPercent(criteria, reviews) }
			: undefined,
		canReview: can(actor, 'review', inventory)
	};
}

/** Each criterion's score, whole and between 0 and its maximum; every criterion must be scored. */
function checkScores(criteria: CriterionRow[], given: Record<string, unknown>): Record<string, number> {
	const fields: FieldErrors = {};
	const scores: Record<string, number> = {};
	for (const criterion of criteria) {
		const raw = given[criterion.id];
		const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
		const score = Number(text);
		if (text === '') fields[`scores.${criterion.id}`] = ['score_required'];
		else if (!Number.isInteger(score) || score < 0 || score > criterion.maxScore)
			fields[`scores.${criterion.id}`] = ['score_out_of_range'];
		else scores[criterion.id] = score;
	}
	if (Object.keys(fields).length > 0) throw new DomainError('invalid', 'invalid scores', { fields });
	return scores;
}

/** Saves the reviewer's review of the package, replacing the one they gave before. */
export async function submitReview(
	actor: Actor,
	packageId: string,
	input: FieldsOf<typeof ReviewSchema>
): Promise<void> {
	const found = await getPackageRow(db(), packageId);
	authorize(actor, 'review', { kind: 'inventory', programmeId: found.programmeId });
	if (actor.kind !== 'user') return;
	const values = parseInput(ReviewSchema, input);
	const criteria = await criteriaOf(found.programmeId);
	if (criteria.length === 0)
		throw new DomainError('conflict', 'no criteria yet', { fields: { _: ['no_criteria'] } });
	const scores = checkScores(criteria, values.scores);
	const review = { scores, comment: values.comment ?? null, submittedAt: new Date() };
	await db()
		.insert(packageReview)
		.values({ packageId: found.id, reviewerId: actor.userId, ...review })
		.onConflictDoUpdate({ target: [packageReview.packageId, packageReview.reviewerId], set: review });
}
