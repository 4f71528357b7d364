// Training packages: list, read, create, change their details, archive and restore.
import { and, asc, desc, eq, exists, inArray, isNull, sql } from 'drizzle-orm';
import type { PackageContent } from '../../curriculum/content.js';
import {
	PackageCreateSchema,
	PackageListQuerySchema,
	PackageUpdateSchema
} from '../../curriculum/schemas.js';
import type { Audience } from '../../curriculum/values.js';
import type { ContentLocale, Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db, type DbOrTx } from '../db/client.js';
import { user } from '../db/schema/auth.js';
import { packageVersion, trainingPackage } from '../db/schema/curriculum.js';
import { programme } from '../db/schema/programmes.js';
import { byLocalizedName } from '../directory/listing.js';
import { DomainError } from '../errors.js';
import { parseInput, type FieldsOf } from '../validate.js';
import { changeDraft, getPackageHead, lockPackageForEdit } from './draft.js';
import { authorize, can } from '../auth/authorize.js';
import { packageEditReach, packagesEditableBy, packagesInReach, placeFields } from './policies.js';

export type ProgrammeSummary = { id: string; name: Localized; acronym: string | null };

export type PackageListRow = {
	id: string;
	/** As the reader may see it: the draft's for its editors, the latest version's for the others. */
	title: Localized;
	audiences: Audience[];
	programme: ProgrammeSummary | null;
	latestVersion: { number: number; publishedAt: Date } | null;
	/** Whether the draft was edited after the latest version was published (always, before the first). */
	isDraftEdited: boolean;
	canEdit: boolean;
	archivedAt: Date | null;
};

const programmeSummary = (row: {
	programmeId: string | null;
	programmeName: Localized | null;
	programmeAcronym: string | null;
}): ProgrammeSummary | null =>
	row.programmeId && row.programmeName
		? { id: row.programmeId, name: row.programmeName, acronym: row.programmeAcronym }
		: null;

/** The latest version's number, publication time and (as published) title and audiences. */
const latestVersion = sql<{
	number: number;
	published_at: string;
	title: Localized;
	audiences: Audience[];
} | null>`(select jsonb_build_object('number', ${packageVersion.number}, 'published_at', ${packageVersion.publishedAt},
	'title', ${packageVersion.content}->'title', 'audiences', ${packageVersion.content}->'audiences')
	from ${packageVersion} where ${packageVersion.packageId} = ${trainingPackage.id}
	order by ${packageVersion.number} desc limit 1)`;

const isDraftEdited = sql<boolean>`${trainingPackage.updatedAt} > coalesce((select max(${packageVersion.publishedAt})
	from ${packageVersion} where ${packageVersion.packageId} = ${trainingPackage.id}), '-infinity')`;

export async function listPackages(
	actor: Actor,
	input?: FieldsOf<typeof PackageListQuerySchema>
): Promise<PackageListRow[]> {
	authorize(actor, 'list', 'package');
	const query = parseInput(PackageListQuerySchema, input ?? {});
	const editable = packagesEditableBy(actor);
	const rows = await db()
		.select({
			id: trainingPackage.id,
			title: trainingPackage.title,
			audiences: trainingPackage.audiences,
			archivedAt: trainingPackage.archivedAt,
			programmeId: trainingPackage.programmeId,
			programmeName: programme.name,
			programmeAcronym: programme.acronym,
			latest: latestVersion,
			isDraftEdited,
			canEdit: sql<boolean>`coalesce(${editable ?? sql`true`}, false)`
		})
		.from(trainingPackage)
		.leftJoin(programme, eq(programme.id, trainingPackage.programmeId))
		.where(
			and(
				packagesInReach(actor),
				query.includeArchived ? undefined : isNull(trainingPackage.archivedAt),
				query.programme ? eq(trainingPackage.programmeId, query.programme) : undefined
			)
		)
		.orderBy(byLocalizedName(trainingPackage.title, query.locale), asc(trainingPackage.id));
	return rows.map(({ latest, programmeId, programmeName, programmeAcronym, ...row }) => ({
		...row,
		title: row.canEdit || !latest ? row.title : latest.title,
		audiences: row.canEdit || !latest ? row.audiences : latest.audiences,
		programme: programmeSummary({ programmeId, programmeName, programmeAcronym }),
		latestVersion: latest ? { number: latest.number, publishedAt: new Date(latest.published_at) } : null
	}));
}

/** The programmes with packages the actor sees: the choices of the list's programme filter. */
export async function listPackageProgrammes(
	actor: Actor,
	reader: ContentLocale
): Promise<ProgrammeSummary[]> {
	authorize(actor, 'list', 'package');
	const packages = db()
		.select({ one: sql`1` })
		.from(trainingPackage)
		.where(and(eq(trainingPackage.programmeId, programme.id), packagesInReach(actor)));
	return db()
		.select({ id: programme.id, name: programme.name, acronym: programme.acronym })
		.from(programme)
		.where(exists(packages))
		.orderBy(byLocalizedName(programme.name, reader), asc(programme.id));
}

/**
 * Where the actor may put a package: the current programmes they edit packages of, and whether
 * "no programme" is theirs too (platform-wide editors only).
 */
export async function listPackagePlaces(
	actor: Actor,
	reader: ContentLocale
): Promise<{ programmes: ProgrammeSummary[]; allowsNoProgramme: boolean }> {
	authorize(actor, 'create', 'package');
	const reach = packageEditReach(actor);
	const programmes = await db()
		.select({ id: programme.id, name: programme.name, acronym: programme.acronym })
		.from(programme)
		.where(
			and(
				isNull(programme.archivedAt),
				reach.kind === 'programmes' ? inArray(programme.id, reach.programmeIds) : undefined
			)
		)
		.orderBy(byLocalizedName(programme.name, reader), asc(programme.id));
	return { programmes, allowsNoProgramme: reach.kind === 'all' };
}

export type VersionRow = {
	id: string;
	number: number;
	note: string | null;
	publishedAt: Date;
	publishedBy: string | null;
};

export type PackageDetails = {
	id: string;
	programme: ProgrammeSummary | null;
	/** Title, summary and audiences as the reader may see them (see PackageListRow.title). */
	title: Localized;
	summary: Localized | null;
	audiences: Audience[];
	/** The languages its texts are written in, the main one first. */
	languages: ContentLocale[];
	archivedAt: Date | null;
	updatedAt: Date;
	canEdit: boolean;
	/** Newest first. */
	versions: VersionRow[];
};

async function listVersionRows(tx: DbOrTx, packageId: string): Promise<VersionRow[]> {
	return tx
		.select({
			id: packageVersion.id,
			number: packageVersion.number,
			note: packageVersion.note,
			publishedAt: packageVersion.publishedAt,
			publishedBy: user.name
		})
		.from(packageVersion)
		.leftJoin(user, eq(user.id, packageVersion.publishedBy))
		.where(eq(packageVersion.packageId, packageId))
		.orderBy(desc(packageVersion.number));
}

/** A package for its page: editors see the draft's details, readers those of the latest version. */
export async function getPackage(actor: Actor, id: string): Promise<PackageDetails> {
	authorize(actor, 'list', 'package');
	const head = await getPackageHead(db(), id);
	const [[row], versions] = await Promise.all([
		db()
			.select({
				title: trainingPackage.title,
				summary: trainingPackage.summary,
				audiences: trainingPackage.audiences,
				languages: trainingPackage.languages,
				archivedAt: trainingPackage.archivedAt,
				updatedAt: trainingPackage.updatedAt,
				programmeId: trainingPackage.programmeId,
				programmeName: programme.name,
				programmeAcronym: programme.acronym,
				latest: sql<PackageContent | null>`(select ${packageVersion.content} from ${packageVersion}
					where ${packageVersion.packageId} = ${trainingPackage.id} order by ${packageVersion.number} desc limit 1)`
			})
			.from(trainingPackage)
			.leftJoin(programme, eq(programme.id, trainingPackage.programmeId))
			.where(eq(trainingPackage.id, head.id)),
		listVersionRows(db(), head.id)
	]);
	authorize(actor, 'read', { ...head, versions: versions.length });
	const canEdit = can(actor, 'edit', head);
	const shown = canEdit || !row.latest ? row : row.latest;
	return {
		id: head.id,
		programme: programmeSummary(row),
		title: shown.title,
		summary: shown.summary,
		audiences: shown.audiences,
		languages: row.languages,
		archivedAt: row.archivedAt,
		updatedAt: row.updatedAt,
		canEdit,
		versions
	};
}

/** Refuses, beside the programme field, a programme that does not exist. */
async function assertProgrammeExists(tx: DbOrTx, programmeId: string | null): Promise<void> {
	if (programmeId === null) return;
	const [row] = await tx.select({ id: programme.id }).from(programme).where(eq(programme.id, programmeId));
	if (!row)
		throw new DomainError('invalid', 'unknown programme', { fields: { programmeId: ['unknown_programme'] } });
}

export async function createPackage(
	actor: Actor,
	input: FieldsOf<typeof PackageCreateSchema>
): Promise<{ id: string }> {
	authorize(actor, 'create', 'package');
	const values = parseInput(PackageCreateSchema, input);
	const programmeId = values.programmeId ?? null;
	return db().transaction(async (tx) => {
		await assertProgrammeExists(tx, programmeId);
		authorize(actor, 'edit', { kind: 'package', programmeId }, placeFields);
		const [row] = await tx
			.insert(trainingPackage)
			.values({ ...values, programmeId, createdBy: actor.kind === 'user' ? actor.userId : null })
			.returning({ id: trainingPackage.id });
		return row;
	});
}

/** Changes the draft's title, summary, audiences or programme (within the actor's programmes). */
export function updatePackage(
	actor: Actor,
	id: string,
	input: FieldsOf<typeof PackageUpdateSchema>
): Promise<void> {
	return changeDraft(actor, id, async (tx, head) => {
		const changes = parseInput(PackageUpdateSchema, input);
		if (changes.programmeId !== undefined) {
			await assertProgrammeExists(tx, changes.programmeId);
			authorize(actor, 'edit', { kind: 'package', programmeId: changes.programmeId }, placeFields);
		}
		if (Object.keys(changes).length > 0)
			await tx.update(trainingPackage).set(changes).where(eq(trainingPackage.id, head.id));
	});
}

/** Archiving is no change to the draft: the package's time of change stays. */
function setArchived(actor: Actor, id: string, archived: boolean): Promise<void> {
	return db().transaction(async (tx) => {
		const head = await lockPackageForEdit(tx, actor, id);
		await tx
			.update(trainingPackage)
			.set({
				archivedAt: archived ? sql`coalesce(${trainingPackage.archivedAt}, now())` : null,
				updatedAt: sql`${trainingPackage.updatedAt}`
			})
			.where(eq(trainingPackage.id, head.id));
	});
}

/** An archived package leaves lists and the events' choice of versions; its versions stay readable. */
export const archivePackage = (actor: Actor, id: string) => setArchived(actor, id, true);

export const restorePackage = (actor: Actor, id: string) => setArchived(actor, id, false);
