// The criteria a programme's packages are reviewed against (relevance, evidence base, …), in order.
import { and, asc, eq, sql } from 'drizzle-orm';
import { CriterionSchema } from '../../inventory/schemas.js';
import type { Actor } from '../auth/actor.js';
import { db, type DbOrTx } from '../db/client.js';
import { reviewCriterion } from '../db/schema/inventory.js';
import { DomainError } from '../errors.js';
import { assertRecordId, parseInput, type FieldsOf } from '../validate.js';
import { authorize } from '../auth/authorize.js';

export type CriterionRow = typeof reviewCriterion.$inferSelect;

export const criteriaOf = (programmeId: string, executor: DbOrTx = db()): Promise<CriterionRow[]> =>
	executor
		.select()
		.from(reviewCriterion)
		.where(eq(reviewCriterion.programmeId, programmeId))
		.orderBy(asc(reviewCriterion.position), asc(reviewCriterion.id));

export async function listCriteria(actor: Actor, programmeId: string): Promise<CriterionRow[]> {
	assertRecordId(programmeId, 'programme');
	authorize(actor, 'read', { kind: 'inventory', programmeId });
	return criteriaOf(programmeId);
}

/** Adds a criterion after the programme's last one. */
export async function addCriterion(
	actor: Actor,
	programmeId: string,
	input: FieldsOf<typeof CriterionSchema>
): Promise<{ id: string }> {
	assertRecordId(programmeId, 'programme');
	authorize(actor, 'manage', { kind: 'inventory', programmeId });
	const values = parseInput(CriterionSchema, input);
	const [row] = await db()
		.insert(reviewCriterion)
		.values({
			programmeId,
			label: values.label,
			guidance: values.guidance ?? null,
			maxScore: values.maxScore,
			position: sql`(select coalesce(max(${reviewCriterion.position}), 0) + 1 from ${reviewCriterion} where ${reviewCriterion.programmeId} = ${programmeId})`
		})
		.returning({ id: reviewCriterion.id });
	return row;
}

/**
 * Corrects a criterion: its label and guidance in each language and its highest score. Scores
 * already given stay as they are, so the highest score cannot fall below the best score a review
 * gave the criterion (that review would then lie outside the scale and inflate the average).
 */
export async function updateCriterion(
	actor: Actor,
	criterionId: string,
	input: FieldsOf<typeof CriterionSchema>
): Promise<void> {
	assertRecordId(criterionId, 'criterion');
	const found = await criterionOf(criterionId);
	authorize(actor, 'manage', { kind: 'inventory', programmeId: found.programmeId });
	const values = parseInput(CriterionSchema, input);
	// One statement: the check against the scores given and the update see the same reviews.
	const updated = await db()
		.update(reviewCriterion)
		.set({ label: values.label, guidance: values.guidance ?? null, maxScore: values.maxScore })
		.where(
			and(
				eq(reviewCriterion.id, criterionId),
				sql`not exists (select 1 from package_review where scores ? ${criterionId} and (scores ->> ${criterionId})::int > ${values.maxScore})`
			)
		)
		.returning({ id: reviewCriterion.id });
	if (updated.length === 0)
		throw new DomainError('conflict', 'reviews scored above the new highest score', {
			fields: { maxScore: ['max_below_scores'] }
		});
}

async function criterionOf(criterionId: string): Promise<CriterionRow> {
	const [found] = await db().select().from(reviewCriterion).where(eq(reviewCriterion.id, criterionId));
	if (!found) throw new DomainError('not_found', 'no such criterion');
	return found;
}

/**
 * Removes a criterion; reviews keep the scores they gave it, which no average counts any more.
 * A criterion that reviews have scored is refused, so that no reviewer's work is silently dropped.
 */
export async function removeCriterion(actor: Actor, criterionId: string): Promise<void> {
	assertRecordId(criterionId, 'criterion');
	const found = await criterionOf(criterionId);
	authorize(actor, 'manage', { kind: 'inventory', programmeId: found.programmeId });
	const [{ scored }] = await db()
		.execute<{ scored: boolean }>(
			sql`select exists (select 1 from package_review where scores ? ${criterionId}) as scored`
		)
		.then((result) => result.rows);
	if (scored)
		throw new DomainError('conflict', 'criterion already scored', { fields: { _: ['criterion_scored'] } });
	await db().delete(reviewCriterion).where(eq(reviewCriterion.id, criterionId));
}
