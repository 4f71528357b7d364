// Stored files: written once, never changed (published package versions name them by id), and read
// back for download. Who may store or read a file is the business of the domain that uses it.
import { createHash } from 'node:crypto';
import { eq, getTableColumns } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { storedFile } from '../db/schema/files.js';

const { content: _content, ...infoColumns } = getTableColumns(storedFile);

export type StoredFileInfo = Omit<typeof storedFile.$inferSelect, 'content'>;
export type StoredFile = StoredFileInfo & { content: Buffer };

export async function storeFile(
	tx: DbOrTx,
	file: { name: string; mediaType: string; content: Buffer; createdBy: string | null }
): Promise<StoredFileInfo> {
	const [row] = await tx
		.insert(storedFile)
		.values({
			...file,
			byteSize: file.content.length,
			sha256: createHash('sha256').update(file.content).digest('hex')
		})
		.returning(infoColumns);
	return row;
}

export async function findStoredFile(tx: DbOrTx, id: string): Promise<StoredFile | undefined> {
	const [row] = await tx.select().from(storedFile).where(eq(storedFile.id, id));
	return row;
}

/** `name` with only characters that are safe in a quoted HTTP header value. */
const asciiName = (name: string) =>
	name
		.normalize('NFKD')
		.replace(/[^\x20-\x7e]/g, '')
		.replace(/["\\%]/g, '_')
		.trim() || 'download';

/** `name` as an RFC 8187 value: percent-encoded UTF-8, quotes and brackets included. */
const encodedName = (name: string) =>
	encodeURIComponent(name).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Headers that send a file as a download under its own name (RFC 6266: a plain ASCII name for old
 * clients and the exact UTF-8 name for the rest), in its real type, never sniffed by the browser.
 */
export function downloadHeaders(file: {
	name: string;
	mediaType: string;
	byteSize: number;
}): Record<string, string> {
	return {
		'content-type': file.mediaType,
		'content-length': String(file.byteSize),
		'content-disposition': `attachment; filename="${asciiName(file.name)}"; filename*=UTF-8''${encodedName(file.name)}`,
		'x-content-type-options': 'nosniff',
		'cache-control': 'private, max-age=3600'
	};
}
