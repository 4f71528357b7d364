// Participants files: a CSV or XLSX upload read as a table of text cells, and the export written back
// in the same two formats with the headers the import understands.
import { DomainError } from '../errors.js';
import { readTableFile } from '../files/read-table-file.js';
import { csvText, tableXlsx, type TableFormat } from '../files/table-file.js';
import { startsAsZip } from '../files/zip.js';
import { participantHeaders, type ParticipantRow } from './participant-rows.js';

export { csvText, type TableFormat };

/** Decides the format from the content (a name can lie), refusing what is neither. */
export function formatOf(bytes: Uint8Array, fileName: string): TableFormat {
	if (startsAsZip(bytes)) {
		if (/\.xlsx$/i.test(fileName)) return 'xlsx';
	} else if (/\.(csv|txt)$/i.test(fileName) && !bytes.subarray(0, 4096).includes(0)) return 'csv';
	throw new DomainError('invalid', 'not a CSV or XLSX file', { fields: { file: ['import_wrong_type'] } });
}

/** Generous beside the import's own limit (200,000 participants): files past it are not read at all. */
const tableLimits = {
	maxRows: 250_000,
	maxColumns: 256,
	maxCells: 5_000_000,
	maxUnpackedBytes: 256 * 1024 * 1024
};

/** The file's first sheet (a CSV file's rows) as text cells, read in a worker within limits. */
export async function readTable(bytes: Uint8Array, fileName: string): Promise<string[][]> {
	if (bytes.length === 0)
		throw new DomainError('invalid', 'empty file', { fields: { file: ['import_empty'] } });
	const format = formatOf(bytes, fileName);
	const [sheet] = await readTableFile(
		bytes,
		{ format, sheets: 'first', limits: tableLimits },
		{ timeMs: 30_000, memoryMb: 512 }
	);
	return sheet?.rows ?? [];
}

const columnOrder = Object.keys(participantHeaders) as (keyof ParticipantRow)[];

export function participantsCsv(rows: readonly ParticipantRow[]): string {
	const body = rows.map((row) => columnOrder.map((column) => row[column] ?? ''));
	return csvText([columnOrder.map((column) => participantHeaders[column]), ...body]);
}

export function participantsXlsx(
	rows: readonly ParticipantRow[],
	sheetName = 'Participants'
): Promise<Buffer> {
	const body = rows.map((row) => columnOrder.map((column) => row[column] ?? ''));
	return tableXlsx([columnOrder.map((column) => participantHeaders[column]), ...body], sheetName);
}
