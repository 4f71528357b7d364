// The draft of a training package: read as one content tree (the shape a version freezes), and
// changed only under the package's lock by one of its editors.
import { asc, eq, sql } from 'drizzle-orm';
import type { PackageContent, SessionContent } from '../../curriculum/content.js';
import type { ContentLocale } from '../../i18n/content-languages.js';
import type { Actor } from '../auth/actor.js';
import { db, type DbOrTx, type Tx } from '../db/client.js';
import { packageModule, packageSession, sessionMaterial, trainingPackage } from '../db/schema/curriculum.js';
import { storedFile } from '../db/schema/files.js';
import { DomainError } from '../errors.js';
import { assertRecordId } from '../validate.js';
import { authorize } from '../auth/authorize.js';
import type { PackagePlace } from './policies.js';

/** A package's place (for policies), and the languages its texts are written in. */
export type PackageHead = PackagePlace & { id: string; languages: ContentLocale[] };

/** The package's programme; `not_found` when there is no such package. */
export async function getPackageHead(tx: DbOrTx, packageId: string, lock = false): Promise<PackageHead> {
	assertRecordId(packageId, 'training package');
	const query = tx
		.select({
			id: trainingPackage.id,
			programmeId: trainingPackage.programmeId,
			languages: trainingPackage.languages
		})
		.from(trainingPackage)
		.where(eq(trainingPackage.id, packageId));
	const [head] = lock ? await query.for('update') : await query;
	if (!head) throw new DomainError('not_found', 'no such training package');
	return { kind: 'package', ...head };
}

/** Locks a package the actor edits for the length of the transaction, so its edits take turns. */
export async function lockPackageForEdit(tx: Tx, actor: Actor, packageId: string): Promise<PackageHead> {
	const head = await getPackageHead(tx, packageId, true);
	authorize(actor, 'edit', head);
	return head;
}

/**
 * Runs `change` on the draft of a package the actor edits, in one transaction under the package's
 * lock, and records that the draft changed.
 */
export function changeDraft<T>(
	actor: Actor,
	packageId: string,
	change: (tx: Tx, head: PackageHead) => Promise<T>
): Promise<T> {
	return db().transaction(async (tx) => {
		const head = await lockPackageForEdit(tx, actor, packageId);
		const result = await change(tx, head);
		// The clock, not the transaction's start: an edit that waited for a publication's lock is later.
		await tx
			.update(trainingPackage)
			.set({ updatedAt: sql`clock_timestamp()` })
			.where(eq(trainingPackage.id, head.id));
		return result;
	});
}

/**
 * The draft as one tree: modules and sessions in their order, materials in the order they were
 * added. One query per level, one after the other (a transaction runs one query at a time).
 */
export async function readDraft(tx: DbOrTx, packageId: string): Promise<PackageContent> {
	const inPackage = eq(packageModule.packageId, packageId);
	const [details] = await tx
		.select({
			title: trainingPackage.title,
			summary: trainingPackage.summary,
			audiences: trainingPackage.audiences,
			programmeId: trainingPackage.programmeId
		})
		.from(trainingPackage)
		.where(eq(trainingPackage.id, packageId));
	if (!details) throw new DomainError('not_found', 'no such training package');
	const modules = await tx
		.select({
			id: packageModule.id,
			title: packageModule.title,
			topic: packageModule.topic,
			summary: packageModule.summary
		})
		.from(packageModule)
		.where(inPackage)
		.orderBy(asc(packageModule.position));
	const sessions = await tx
		.select({
			id: packageSession.id,
			moduleId: packageSession.moduleId,
			title: packageSession.title,
			objectives: packageSession.objectives,
			durationMinutes: packageSession.durationMinutes,
			methods: packageSession.methods,
			editions: packageSession.editions,
			trainerNotes: packageSession.trainerNotes
		})
		.from(packageSession)
		.innerJoin(packageModule, eq(packageModule.id, packageSession.moduleId))
		.where(inPackage)
		.orderBy(asc(packageSession.position));
	const materials = await tx
		.select({
			id: sessionMaterial.id,
			sessionId: sessionMaterial.sessionId,
			kind: sessionMaterial.kind,
			title: sessionMaterial.title,
			language: sessionMaterial.language,
			url: sessionMaterial.url,
			fileId: storedFile.id,
			fileName: storedFile.name,
			mediaType: storedFile.mediaType,
			byteSize: storedFile.byteSize
		})
		.from(sessionMaterial)
		.innerJoin(packageSession, eq(packageSession.id, sessionMaterial.sessionId))
		.innerJoin(packageModule, eq(packageModule.id, packageSession.moduleId))
		.leftJoin(storedFile, eq(storedFile.id, sessionMaterial.fileId))
		.where(inPackage)
		.orderBy(asc(sessionMaterial.createdAt), asc(sessionMaterial.id));

	const sessionsOf = new Map<string, SessionContent[]>();
	const byId = new Map<string, SessionContent>();
	for (const { moduleId, ...row } of sessions) {
		const session: SessionContent = { ...row, materials: [] };
		byId.set(session.id, session);
		const list = sessionsOf.get(moduleId) ?? [];
		list.push(session);
		sessionsOf.set(moduleId, list);
	}
	for (const row of materials) {
		byId.get(row.sessionId)?.materials.push({
			id: row.id,
			kind: row.kind,
			title: row.title,
			language: row.language,
			url: row.url,
			file:
				row.fileId === null
					? null
					: { id: row.fileId, name: row.fileName!, mediaType: row.mediaType!, byteSize: row.byteSize! }
		});
	}
	return {
		...details,
		modules: modules.map((module) => ({ ...module, sessions: sessionsOf.get(module.id) ?? [] }))
	};
}

/** The draft, for its editors. */
export async function getDraft(
	actor: Actor,
	packageId: string
): Promise<PackageContent & { languages: ContentLocale[] }> {
	const head = await getPackageHead(db(), packageId);
	authorize(actor, 'edit', head);
	return { ...(await readDraft(db(), head.id)), languages: head.languages };
}
