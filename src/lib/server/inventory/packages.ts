// The inventory of existing training packages: list (with a typo-tolerant title search), read,
// add and correct; adding warns of likely duplicates (a similar title or the same link in the same
// programme) and is refused until the user confirms.
import { and, asc, eq, getTableColumns, ne, or, sql, type SQL } from 'drizzle-orm';
import { SearchQuerySchema } from '../../validation/common.js';
import { PackageSchema, type PackageInput } from '../../inventory/schemas.js';
import { localizedText, type ContentLocale, type Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db, type DbOrTx } from '../db/client.js';
import { inventoryPackage, packageReview, reviewCriterion } from '../db/schema/inventory.js';
import { programme } from '../db/schema/programmes.js';
import { nameSearch } from '../directory/listing.js';
import { DomainError } from '../errors.js';
import { assertRecordId, parseInput, type FieldsOf } from '../validate.js';
import { authorize, can } from '../auth/authorize.js';
import { packagesInReach, placeFields } from './policies.js';

/** How similar two titles must be (pg_trgm similarity of the lower-cased titles) to be called duplicates. */
export const duplicateTitleSimilarity = 0.4;

export type PackageRow = typeof inventoryPackage.$inferSelect & { programmeName: Localized };

export type PackageListRow = {
	id: string;
	title: string;
	provider: string | null;
	programmeName: Localized;
	reviewCount: number;
	/** The mean review as a percentage of the most it could score; null when hidden or not reviewed. */
	averagePercent: number | null;
	/** Whether the reader has reviewed it (for reviewers). */
	reviewedByMe: boolean;
};

export type Duplicate = { id: string; title: string; link: string | null };

/** Each review's total as a share of the maximum on the criteria it scored, averaged over reviews. */
const averagePercent = sql<number | null>`(
	select round(avg(share))::int from (
		select sum((score.value)::numeric) / nullif(sum(${reviewCriterion.maxScore}), 0) * 100 as share
		from ${packageReview}
		cross join lateral jsonb_each_text(${packageReview.scores}) as score
		join ${reviewCriterion} on ${reviewCriterion.id}::text = score.key
		where ${packageReview.packageId} = ${inventoryPackage.id}
		group by ${packageReview.id}
	) as shares
)`;

export type PackageListQuery = { programmeId?: string; q?: string };

/**
 * The packages the actor reads, newest first or best match first. The review count and average
 * are shown to managers; a reviewer sees whether they reviewed each package.
 */
export async function listPackages(actor: Actor, query: PackageListQuery = {}): Promise<PackageListRow[]> {
	authorize(actor, 'list', 'inventory');
	const programmeId = query.programmeId?.trim();
	if (programmeId) assertRecordId(programmeId, 'programme');
	const filters = and(
		packagesInReach(actor),
		programmeId ? eq(inventoryPackage.programmeId, programmeId) : undefined
	);
	const title = sql`lower(${inventoryPackage.title})`;
	const { q } = parseInput(SearchQuerySchema, { q: query.q });
	const search = q
		? await nameSearch(title, q, (score) =>
				db().select({ best: score }).from(inventoryPackage).where(filters)
			)
		: undefined;
	const userId = actor.kind === 'user' ? actor.userId : '';
	const rows = await db()
		.select({
			id: inventoryPackage.id,
			programmeId: inventoryPackage.programmeId,
			title: inventoryPackage.title,
			provider: inventoryPackage.provider,
			programmeName: programme.name,
			reviewCount: sql<number>`(select count(*)::int from ${packageReview} where ${packageReview.packageId} = ${inventoryPackage.id})`,
			averagePercent,
			reviewedByMe: sql<boolean>`exists (select 1 from ${packageReview} where ${packageReview.packageId} = ${inventoryPackage.id} and ${packageReview.reviewerId} = ${userId})`
		})
		.from(inventoryPackage)
		.innerJoin(programme, eq(programme.id, inventoryPackage.programmeId))
		.where(and(filters, search?.where))
		.orderBy(...(search?.orderBy ?? []), sql`${inventoryPackage.createdAt} desc`, asc(inventoryPackage.id))
		.limit(500);
	return rows.map(({ programmeId: place, ...row }) =>
		can(actor, 'readReviews', { kind: 'inventory', programmeId: place })
			? row
			: { ...row, reviewCount: 0, averagePercent: null }
	);
}

export async function getPackageRow(executor: DbOrTx, id: string): Promise<PackageRow> {
	assertRecordId(id, 'package');
	const [row] = await executor
		.select({ ...getTableColumns(inventoryPackage), programmeName: programme.name })
		.from(inventoryPackage)
		.innerJoin(programme, eq(programme.id, inventoryPackage.programmeId))
		.where(eq(inventoryPackage.id, id));
	if (!row) throw new DomainError('not_found', 'no such package');
	return row;
}

export async function getPackage(actor: Actor, id: string): Promise<PackageRow> {
	const row = await getPackageRow(db(), id);
	authorize(actor, 'read', { kind: 'inventory', programmeId: row.programmeId });
	return row;
}

/** A package for its correction form: only those who manage its programme's inventory open it. */
export async function getPackageToEdit(actor: Actor, id: string): Promise<PackageRow> {
	const row = await getPackage(actor, id);
	authorize(actor, 'manage', { kind: 'inventory', programmeId: row.programmeId });
	return row;
}

/** The programmes whose inventory the actor manages, named in the reader's language. */
export async function inventoryProgrammeChoices(actor: Actor, reader: ContentLocale) {
	authorize(actor, 'list', 'inventory');
	const rows = await db().select({ id: programme.id, name: programme.name }).from(programme);
	return rows
		.filter((row) => can(actor, 'manage', { kind: 'inventory', programmeId: row.id }))
		.map((row) => ({ value: row.id, label: localizedText(row.name, reader) }))
		.sort((a, b) => a.label.localeCompare(b.label, reader));
}

/** The programmes whose inventory the actor reads (the list's filter). */
export async function readableProgrammeChoices(actor: Actor, reader: ContentLocale) {
	authorize(actor, 'list', 'inventory');
	const rows = await db()
		.selectDistinct({ id: programme.id, name: programme.name })
		.from(programme)
		.innerJoin(inventoryPackage, eq(inventoryPackage.programmeId, programme.id))
		.where(packagesInReach(actor));
	return rows
		.map((row) => ({ value: row.id, label: localizedText(row.name, reader) }))
		.sort((a, b) => a.label.localeCompare(b.label, reader));
}

/**
 * Packages of the programme that look like the same package: a similar title (pg_trgm, served by
 * the title index through the `%` operator at the session's threshold) or the same link.
 */
export async function findDuplicatePackages(
	executor: DbOrTx,
	candidate: { programmeId: string; title: string; link?: string | null },
	except?: string
): Promise<Duplicate[]> {
	const title = candidate.title.toLowerCase();
	const similarTitle: SQL = sql`(lower(${inventoryPackage.title}) % ${title} and similarity(lower(${inventoryPackage.title}), ${title}) > ${duplicateTitleSimilarity})`;
	const sameLink = candidate.link
		? sql`lower(${inventoryPackage.link}) = ${candidate.link.toLowerCase()}`
		: undefined;
	return executor
		.select({ id: inventoryPackage.id, title: inventoryPackage.title, link: inventoryPackage.link })
		.from(inventoryPackage)
		.where(
			and(
				eq(inventoryPackage.programmeId, candidate.programmeId),
				except ? ne(inventoryPackage.id, except) : undefined,
				or(similarTitle, sameLink)
			)
		)
		.orderBy(sql`similarity(lower(${inventoryPackage.title}), ${title}) desc`)
		.limit(10);
}

/** Refuses (409) when the package looks like one already there, unless the user confirmed. */
async function assertNoDuplicate(executor: DbOrTx, values: PackageInput, except?: string): Promise<void> {
	if (values.createAnyway) return;
	const duplicates = await findDuplicatePackages(executor, values, except);
	if (duplicates.length > 0)
		throw new DomainError('conflict', 'likely duplicates', {
			fields: { createAnyway: ['likely_duplicate'] },
			details: { duplicates }
		});
}

/** Adds a package, the survey response it came from (if any) kept with it. */
export async function insertPackage(
	executor: DbOrTx,
	actor: Actor,
	values: PackageInput,
	responseId: string | null = null
): Promise<{ id: string }> {
	await assertNoDuplicate(executor, values);
	const [row] = await executor
		.insert(inventoryPackage)
		.values({
			...columnsOf(values),
			programmeId: values.programmeId,
			responseId,
			createdBy: actor.kind === 'user' ? actor.userId : null
		})
		.returning({ id: inventoryPackage.id });
	return row;
}

const columnsOf = (values: PackageInput) => ({
	title: values.title,
	provider: values.provider ?? null,
	topics: values.topics ?? [],
	audiences: values.audiences ?? [],
	languages: values.languages ?? [],
	format: values.format ?? null,
	durationHours: values.durationHours ?? null,
	link: values.link ?? null
});

export async function createPackage(
	actor: Actor,
	input: FieldsOf<typeof PackageSchema>
): Promise<{ id: string }> {
	authorize(actor, 'list', 'inventory');
	const values = parseInput(PackageSchema, input);
	authorize(actor, 'add', 'inventory');
	authorize(actor, 'manage', { kind: 'inventory', programmeId: values.programmeId }, placeFields);
	return insertPackage(db(), actor, values);
}

/**
 * Corrects a package (its programme stays). A new title or link that matches another package's is
 * refused like a new package, unless confirmed.
 */
export async function updatePackage(
	actor: Actor,
	id: string,
	input: Omit<FieldsOf<typeof PackageSchema>, 'programmeId'>
): Promise<void> {
	const current = await getPackageRow(db(), id);
	authorize(actor, 'manage', { kind: 'inventory', programmeId: current.programmeId });
	const values = parseInput(PackageSchema, { ...input, programmeId: current.programmeId });
	const changedIdentity = values.title !== current.title || (values.link ?? null) !== current.link;
	if (changedIdentity) await assertNoDuplicate(db(), values, id);
	await db()
		.update(inventoryPackage)
		.set({ ...columnsOf(values), updatedAt: new Date() })
		.where(eq(inventoryPackage.id, id));
}
