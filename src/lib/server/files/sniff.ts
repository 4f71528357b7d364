// What a file really is, read from its first bytes (and, for the ZIP-based office formats, from the
// names of the parts inside), whatever its name says.
import { startsAsZip, zipEntries } from './zip.js';
const pdf = 'application/pdf';
const pptx = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const opendocument = /^application\/vnd\.oasis\.opendocument\.[a-z.-]+$/;

/** The media types this module can tell from the content. */
export const sniffableTypes = { pdf, pptx, docx, odp: 'application/vnd.oasis.opendocument.presentation' };

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** The media type of `bytes`, or undefined when they are none this module knows. */
export function sniffMediaType(bytes: Uint8Array): string | undefined {
	if (latin1(bytes.subarray(0, 5)) === '%PDF-') return pdf;
	if (!startsAsZip(bytes)) return undefined;
	const declared = openDocumentType(bytes);
	if (declared) return declared;
	const names = zipEntries(bytes)?.map((entry) => entry.name);
	if (names?.includes('ppt/presentation.xml')) return pptx;
	if (names?.includes('word/document.xml')) return docx;
	return undefined;
}

/**
 * An OpenDocument file starts with an uncompressed entry named "mimetype" holding its media type
 * (OpenDocument 1.2, part 3, section 3.3).
 */
function openDocumentType(bytes: Uint8Array): string | undefined {
	if (bytes.length < 30) return undefined;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const storedSize = view.getUint32(18, true);
	const nameLength = view.getUint16(26, true);
	const extraLength = view.getUint16(28, true);
	if (latin1(bytes.subarray(30, 30 + nameLength)) !== 'mimetype') return undefined;
	const start = 30 + nameLength + extraLength;
	const type = latin1(bytes.subarray(start, start + Math.min(storedSize, 100)));
	return opendocument.test(type) ? type : undefined;
}
