// Published versions: the draft frozen as numbered content that never changes afterwards, read by
// everyone who delivers training and named by events.
import { isDeepStrictEqual } from 'node:util';
import { and, asc, count, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { PackageContent } from '../../curriculum/content.js';
import { PublishSchema } from '../../curriculum/schemas.js';
import type { ContentLocale, Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db, type DbOrTx, type Tx } from '../db/client.js';
import { packageVersion, trainingPackage } from '../db/schema/curriculum.js';
import { byLocalizedName } from '../directory/listing.js';
import { DomainError } from '../errors.js';
import { assertRecordId, parseInput, type FieldsOf } from '../validate.js';
import { getPackageHead, lockPackageForEdit, readDraft } from './draft.js';
import { authorize } from '../auth/authorize.js';
import { packagesInReach } from './policies.js';

export type VersionSummary = { id: string; packageId: string; number: number; title: Localized };

async function latestVersion(tx: DbOrTx, packageId: string) {
	const [latest] = await tx
		.select({ number: packageVersion.number, content: packageVersion.content })
		.from(packageVersion)
		.where(eq(packageVersion.packageId, packageId))
		.orderBy(desc(packageVersion.number))
		.limit(1);
	return latest as { number: number; content: unknown } | undefined;
}

/**
 * Freezes the draft of a package (locked by the caller) as its next version. A draft with no
 * session, or the same as the latest version, is refused: there would be nothing to deliver, or
 * nothing new.
 */
export async function freezeDraft(
	tx: Tx,
	packageId: string,
	publication: { note: string | null; publishedBy: string | null }
): Promise<{ id: string; number: number }> {
	const content = await readDraft(tx, packageId);
	if (!content.modules.some((module) => module.sessions.length > 0))
		throw new DomainError('invalid', 'nothing to publish', { fields: { _: ['package_has_no_sessions'] } });
	const latest = await latestVersion(tx, packageId);
	if (latest && isDeepStrictEqual(latest.content, content))
		throw new DomainError('conflict', 'no change since the latest version', {
			fields: { _: ['no_change_since_latest_version'] }
		});
	const [row] = await tx
		.insert(packageVersion)
		.values({
			packageId,
			number: (latest?.number ?? 0) + 1,
			content,
			...publication,
			publishedAt: sql`clock_timestamp()`
		})
		.returning({ id: packageVersion.id, number: packageVersion.number });
	return row;
}

/** The draft for its editors, and whether it differs from the latest version (null: none yet). */
export async function getDraftStatus(
	actor: Actor,
	packageId: string
): Promise<{ content: PackageContent; latest: { number: number; isSameAsDraft: boolean } | null }> {
	const head = await getPackageHead(db(), packageId);
	authorize(actor, 'edit', head);
	const content = await readDraft(db(), head.id);
	const latest = await latestVersion(db(), head.id);
	return {
		content,
		latest: latest
			? { number: latest.number, isSameAsDraft: isDeepStrictEqual(latest.content, content) }
			: null
	};
}

/** Publishes the draft as the package's next version, with an optional note on what changed. */
export function publishVersion(
	actor: Actor,
	packageId: string,
	input?: FieldsOf<typeof PublishSchema>
): Promise<{ id: string; number: number }> {
	return db().transaction(async (tx) => {
		const head = await lockPackageForEdit(tx, actor, packageId);
		const { note } = parseInput(PublishSchema, input ?? {});
		return freezeDraft(tx, head.id, {
			note: note ?? null,
			publishedBy: actor.kind === 'user' ? actor.userId : null
		});
	});
}

export type PackageVersion = {
	id: string;
	number: number;
	note: string | null;
	publishedAt: Date;
	content: PackageContent;
};

/** One version of a package, by its number, for whoever reads the package's versions. */
export async function getVersion(actor: Actor, packageId: string, number: number): Promise<PackageVersion> {
	authorize(actor, 'list', 'package');
	const head = await getPackageHead(db(), packageId);
	const [[row], [{ versions }]] = await Promise.all([
		db()
			.select({
				id: packageVersion.id,
				number: packageVersion.number,
				note: packageVersion.note,
				publishedAt: packageVersion.publishedAt,
				content: sql<PackageContent>`${packageVersion.content}`
			})
			.from(packageVersion)
			.where(
				and(
					eq(packageVersion.packageId, head.id),
					eq(packageVersion.number, Number.isSafeInteger(number) ? number : 0)
				)
			),
		db().select({ versions: count() }).from(packageVersion).where(eq(packageVersion.packageId, head.id))
	]);
	authorize(actor, 'read', { ...head, versions });
	if (!row) throw new DomainError('not_found', 'no such version');
	return row;
}

export type PublishedVersionChoice = VersionSummary & {
	programmeId: string | null;
	publishedAt: Date;
};

/**
 * The published versions an actor may name, e.g. for an event: those of current packages in their
 * reach, by package title (as published) in the reader's language, newest version first. With a
 * programme, only the packages of that programme and those of no programme.
 */
export async function listPublishedVersions(
	actor: Actor,
	options: { locale: ContentLocale; programmeId?: string }
): Promise<PublishedVersionChoice[]> {
	authorize(actor, 'list', 'package');
	if (options.programmeId !== undefined) assertRecordId(options.programmeId, 'programme');
	const title = sql<Localized>`${packageVersion.content}->'title'`;
	return db()
		.select({
			id: packageVersion.id,
			packageId: packageVersion.packageId,
			number: packageVersion.number,
			title,
			programmeId: trainingPackage.programmeId,
			publishedAt: packageVersion.publishedAt
		})
		.from(packageVersion)
		.innerJoin(trainingPackage, eq(trainingPackage.id, packageVersion.packageId))
		.where(
			and(
				packagesInReach(actor),
				isNull(trainingPackage.archivedAt),
				options.programmeId === undefined
					? undefined
					: or(eq(trainingPackage.programmeId, options.programmeId), isNull(trainingPackage.programmeId))
			)
		)
		.orderBy(
			byLocalizedName(trainingPackage.title, options.locale),
			asc(trainingPackage.id),
			desc(packageVersion.number)
		);
}

/**
 * A version's package, number and title as published: what an event shows of the version it uses.
 * The caller's own policy covers it (the reader of an event may see which package it delivers).
 */
export async function findVersionSummary(tx: DbOrTx, versionId: string): Promise<VersionSummary | undefined> {
	assertRecordId(versionId, 'package version');
	const [row] = await tx
		.select({
			id: packageVersion.id,
			packageId: packageVersion.packageId,
			number: packageVersion.number,
			title: sql<Localized>`${packageVersion.content}->'title'`
		})
		.from(packageVersion)
		.where(eq(packageVersion.id, versionId));
	return row;
}
