// A session's materials: links and uploaded files (PDF, slides, Word), and their download.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { FileMaterialSchema, LinkMaterialSchema } from '../../curriculum/schemas.js';
import { materialFileTypes, maxMaterialBytes } from '../../curriculum/values.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { packageModule, packageSession, sessionMaterial } from '../db/schema/curriculum.js';
import { DomainError } from '../errors.js';
import { findStoredFile, storeFile, type StoredFile } from '../files/files.js';
import { sniffMediaType } from '../files/sniff.js';
import { assertRecordId, parseInput, type FieldsOf } from '../validate.js';
import { changeDraft, getPackageHead } from './draft.js';
import { authorize, can } from '../auth/authorize.js';
import { getSessionModule } from './sessions.js';

/** The accepted type a file's content is, if any. */
const acceptedType = (content: Buffer) => {
	const mediaType = sniffMediaType(content);
	return materialFileTypes.find((type) => type.mediaType === mediaType);
};

/**
 * An uploaded file, checked for what it is: not empty, at most the size limit, and of an accepted
 * type as read from its content (its name is not trusted). Its name gets the type's ending.
 */
const UploadedFileSchema = z
	.object({ name: z.string().trim().max(255), content: z.instanceof(Buffer) }, { error: 'required' })
	.refine((file) => file.content.length > 0, { error: 'required', abort: true })
	.refine((file) => file.content.length <= maxMaterialBytes, { error: 'file_too_large', abort: true })
	.refine((file) => acceptedType(file.content) !== undefined, { error: 'file_type_not_accepted' })
	.transform((file) => {
		const type = acceptedType(file.content)!;
		const name = file.name || 'material';
		return {
			name: name.toLowerCase().endsWith(`.${type.extension}`) ? name : `${name}.${type.extension}`,
			mediaType: type.mediaType,
			content: file.content
		};
	});

const FileUploadSchema = FileMaterialSchema.extend({ file: UploadedFileSchema });

/** What a file material is uploaded with: its details and the file (name and bytes) as sent. */
export type FileUpload = Record<string, unknown> & { file?: { name: string; content: Buffer } };

export function addLinkMaterial(
	actor: Actor,
	packageId: string,
	sessionId: string,
	input: FieldsOf<typeof LinkMaterialSchema>
): Promise<{ id: string }> {
	return changeDraft(actor, packageId, async (tx, head) => {
		await getSessionModule(tx, head.id, sessionId);
		const values = parseInput(LinkMaterialSchema, input);
		const [row] = await tx
			.insert(sessionMaterial)
			.values({ ...values, sessionId, kind: 'link' })
			.returning({ id: sessionMaterial.id });
		return row;
	});
}

/** Stores the file and adds it to the session; refusals name the field (`file`, `title`…). */
export function addFileMaterial(
	actor: Actor,
	packageId: string,
	sessionId: string,
	input: FileUpload
): Promise<{ id: string }> {
	return changeDraft(actor, packageId, async (tx, head) => {
		await getSessionModule(tx, head.id, sessionId);
		const { file, ...details } = parseInput(FileUploadSchema, input);
		const stored = await storeFile(tx, { ...file, createdBy: actor.kind === 'user' ? actor.userId : null });
		const [row] = await tx
			.insert(sessionMaterial)
			.values({ ...details, sessionId, kind: 'file', fileId: stored.id })
			.returning({ id: sessionMaterial.id });
		return row;
	});
}

/**
 * Removes a material from the draft. Its stored file is kept: published versions may name it, and
 * a stored file never changes.
 */
export function removeMaterial(actor: Actor, packageId: string, materialId: string): Promise<void> {
	return changeDraft(actor, packageId, async (tx, head) => {
		assertRecordId(materialId, 'material');
		const removed = await tx
			.delete(sessionMaterial)
			.where(
				and(
					eq(sessionMaterial.id, materialId),
					sql`${sessionMaterial.sessionId} in (select ${packageSession.id} from ${packageSession}
						join ${packageModule} on ${packageModule.id} = ${packageSession.moduleId}
						where ${packageModule.packageId} = ${head.id})`
				)
			)
			.returning({ id: sessionMaterial.id });
		if (removed.length === 0) throw new DomainError('not_found', 'no such material in this package');
	});
}

/**
 * A material's file, for download: from the draft for its editors, from a published version for
 * whoever reads the versions. A file the package does not use is `not_found`.
 */
export async function getMaterialFile(actor: Actor, packageId: string, fileId: string): Promise<StoredFile> {
	authorize(actor, 'list', 'package');
	const head = await getPackageHead(db(), packageId);
	assertRecordId(fileId, 'file');
	const { rows } = await db().execute<{ in_draft: boolean; in_version: boolean; versions: number }>(sql`
		select
			exists (select 1 from session_material m
				join package_session s on s.id = m.session_id
				join package_module pm on pm.id = s.module_id
				where pm.package_id = ${head.id} and m.file_id = ${fileId}) as in_draft,
			exists (select 1 from package_version v where v.package_id = ${head.id}
				and jsonb_path_exists(v.content, '$.modules[*].sessions[*].materials[*].file.id ? (@ == $id)',
					jsonb_build_object('id', ${fileId}::text))) as in_version,
			(select count(*)::int from package_version v where v.package_id = ${head.id}) as versions`);
	const [use] = rows;
	if (!use.in_draft && !use.in_version) throw new DomainError('not_found', 'no such file in this package');
	// A file of a published version is its readers'; any other, of the draft, its editors' (who read the versions too).
	if (!use.in_version || !can(actor, 'read', { ...head, versions: use.versions }))
		authorize(actor, 'edit', head);
	const file = await findStoredFile(db(), fileId);
	if (!file) throw new DomainError('not_found', 'no such file');
	return file;
}
