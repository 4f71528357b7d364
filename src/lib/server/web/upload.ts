// Reading the form of an upload route: only once the route has checked who is posting, and
// without an error log when the upload never arrived whole.
import { DomainError } from '../errors.js';

/**
 * The form data of an upload. A body over the server's limit (adapter-node answers 413 as it
 * streams in), a multipart body cut short, or a client that went away throws DomainError('invalid')
 * with a field error on `file`: `tooLarge`, or `file_damaged` for an upload that did not arrive whole.
 */
export async function readUploadForm(request: Request, tooLarge: string): Promise<FormData> {
	try {
		return await request.formData();
	} catch (error) {
		if ((error as { status?: number } | null)?.status === 413)
			throw new DomainError('invalid', 'upload over the size limit', { fields: { file: [tooLarge] } });
		// undici refuses a multipart body without its closing boundary with a TypeError.
		if (request.signal.aborted || error instanceof TypeError)
			throw new DomainError('invalid', 'upload incomplete', { fields: { file: ['file_damaged'] } });
		throw error;
	}
}

/** The file an upload form posts as `file`; no file chosen reads as a nameless empty one. */
export async function readUploadedFile(
	request: Request,
	tooLarge: string
): Promise<{ name: string; content: Uint8Array }> {
	const entry = (await readUploadForm(request, tooLarge)).get('file');
	if (!(entry instanceof File)) return { name: '', content: new Uint8Array() };
	return { name: entry.name, content: new Uint8Array(await entry.arrayBuffer()) };
}
