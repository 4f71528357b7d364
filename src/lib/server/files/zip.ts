// Reading ZIP archives (office files are ZIP archives) from their central directory, which closes
// the file: an archive cut short has none and is refused as damaged. Entries are inflated only up
// to the size their directory declares, so a lying or bomb-like entry cannot grow past it.
import { inflateRawSync } from 'node:zlib';

export type ZipEntry = {
	name: string;
	/** 0 stored, 8 deflated; others are refused when read. */
	method: number;
	compressedSize: number;
	/** The inflated size the directory declares. */
	size: number;
	/** Where its local header starts. */
	offset: number;
};

export class ZipError extends Error {}

const endOfDirectory = 0x06054b50;
const directoryHeader = 0x02014b50;
const localHeader = 0x04034b50;
/** Sizes and offsets of this value mean ZIP64, which no spreadsheet the size MHub accepts needs. */
const zip64Marker = 0xffffffff;

/** Whether `bytes` start as a ZIP archive does, with a local header ("PK\x03\x04"): XLSX, DOCX, ODP… */
export const startsAsZip = (bytes: Uint8Array): boolean =>
	bytes.length >= 4 &&
	new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true) === localHeader;

/**
 * The entries of the archive's central directory; undefined when there is none or it is damaged
 * (a truncated upload, a file that is not a ZIP archive).
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
	if (bytes.length < 22) return undefined;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// The end-of-directory record closes the file, after a comment of at most 65,535 bytes.
	const lowest = Math.max(0, bytes.length - 22 - 0xffff);
	for (let at = bytes.length - 22; at >= lowest; at--) {
		if (view.getUint32(at, true) !== endOfDirectory) continue;
		const count = view.getUint16(at + 10, true);
		const directorySize = view.getUint32(at + 12, true);
		const directoryStart = view.getUint32(at + 16, true);
		if (directoryStart + directorySize > at) return undefined;
		const entries: ZipEntry[] = [];
		let entry = directoryStart;
		for (let index = 0; index < count; index++) {
			if (entry + 46 > at || view.getUint32(entry, true) !== directoryHeader) return undefined;
			const nameLength = view.getUint16(entry + 28, true);
			const otherLength = view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
			const found: ZipEntry = {
				name: Buffer.from(bytes.subarray(entry + 46, entry + 46 + nameLength)).toString('utf8'),
				method: view.getUint16(entry + 10, true),
				compressedSize: view.getUint32(entry + 20, true),
				size: view.getUint32(entry + 24, true),
				offset: view.getUint32(entry + 42, true)
			};
			if ([found.compressedSize, found.size, found.offset].includes(zip64Marker)) return undefined;
			// Its data must lie before the directory: a cut or spliced archive fails here.
			if (found.offset + 30 + found.compressedSize > directoryStart) return undefined;
			entries.push(found);
			entry += 46 + nameLength + otherLength;
		}
		return entries;
	}
	return undefined;
}

/** The entry's content, inflated; throws ZipError when it is damaged or larger than declared. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Buffer {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (entry.offset + 30 > bytes.length || view.getUint32(entry.offset, true) !== localHeader)
		throw new ZipError(`damaged entry ${entry.name}`);
	const start =
		entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
	const data = bytes.subarray(start, start + entry.compressedSize);
	if (data.length !== entry.compressedSize) throw new ZipError(`truncated entry ${entry.name}`);
	let content: Buffer;
	if (entry.method === 0) content = Buffer.from(data);
	else if (entry.method === 8) {
		try {
			// One byte more than declared: an entry that inflates past its declared size is refused.
			content = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
		} catch {
			throw new ZipError(`damaged entry ${entry.name}`);
		}
	} else throw new ZipError(`unsupported compression in ${entry.name}`);
	if (content.length !== entry.size) throw new ZipError(`entry ${entry.name} is not the size it declares`);
	return content;
}

/**
 * The first bytes of an entry (at most `length`), inflated from a small part of its data: enough
 * to read what an XML part declares at its start without inflating it whole.
 */
export function readZipEntryStart(bytes: Uint8Array, entry: ZipEntry, length: number): string {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (entry.offset + 30 > bytes.length) return '';
	const start =
		entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
	// XML deflates about ten times; deflate never more than 1,032 times: a few megabytes at worst.
	const data = bytes.subarray(start, start + Math.min(entry.compressedSize, 4096));
	if (entry.method === 0) return Buffer.from(data.subarray(0, length)).toString('utf8');
	try {
		const inflated = inflateRawSync(data, {
			finishFlush: 2 /* Z_SYNC_FLUSH: what the slice holds, without its end */,
			maxOutputLength: 5 * 1024 * 1024
		});
		return inflated.subarray(0, length).toString('utf8');
	} catch {
		return '';
	}
}
