// Participants files: a CSV or XLSX upload read as a table of text cells, and the export written back
// in the same two formats with the headers the import understands.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { DomainError } from '../errors.js';
import { csvText, tableXlsx, type TableFormat } from '../files/table-file.js';
import { participantHeaders, type ParticipantRow } from './participant-rows.js';

export { csvText, type TableFormat };

/** XLSX files are ZIP archives: they start with "PK\x03\x04". */
const isZip = (bytes: Uint8Array) =>
	bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Decides the format from the content (a name can lie), refusing what is neither. */
export function formatOf(bytes: Uint8Array, fileName: string): TableFormat {
	if (isZip(bytes)) {
		if (/\.xlsx$/i.test(fileName)) return 'xlsx';
	} else if (/\.(csv|txt)$/i.test(fileName) && !bytes.subarray(0, 4096).includes(0)) return 'csv';
	throw new DomainError('invalid', 'not a CSV or XLSX file', { fields: { file: ['import_wrong_type'] } });
}

export async function readTable(bytes: Uint8Array, fileName: string): Promise<string[][]> {
	if (bytes.length === 0)
		throw new DomainError('invalid', 'empty file', { fields: { file: ['import_empty'] } });
	return formatOf(bytes, fileName) === 'csv' ? readCsv(bytes) : readXlsx(bytes);
}

function readCsv(bytes: Uint8Array): string[][] {
	const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
	// Spreadsheet programs in French and many other locales write ";" between fields: let Papa guess.
	const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
	return parsed.data.map((cells) => cells.map(String));
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
	} catch {
		throw new DomainError('invalid', 'unreadable XLSX', { fields: { file: ['import_wrong_type'] } });
	}
	const sheet = workbook.worksheets[0];
	if (!sheet) return [];
	const table: string[][] = [];
	sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
		const cells: string[] = [];
		row.eachCell({ includeEmpty: true }, (cell, column) => {
			cells[column - 1] = cell.text ?? '';
		});
		table[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '');
	});
	return Array.from(table, (cells) => cells ?? []);
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
