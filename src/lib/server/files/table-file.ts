// Tables downloaded as files, CSV or XLSX: the participants of an event, the responses of a survey.
// One place for how the app writes them, so every export opens the same way in spreadsheet programs.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

export type TableFormat = 'csv' | 'xlsx';
export type TableCell = string | number | null | undefined;

export const tableMediaTypes = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} satisfies Record<TableFormat, string>;

export const isTableFormat = (format: string): format is TableFormat =>
	Object.hasOwn(tableMediaTypes, format);

/** A file's name from a title, without characters file systems refuse; `fallback` when nothing is left. */
export const downloadName = (title: string, fallback: string, format: TableFormat | 'pdf'): string =>
	`${
		title
			.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
			.replace(/\s+/g, ' ')
			.trim() || fallback
	}.${format}`;

/**
 * Text cells a spreadsheet program would run as a formula (OWASP's CSV injection): a name typed by
 * the public as `=HYPERLINK(…)` must open as text. Papa's own default misses a formula on several lines.
 */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * A table as CSV text; the BOM lets spreadsheet programs read it as UTF-8 (Arabic names, French
 * accents). A text cell that starts like a formula gets a leading `'`, which spreadsheets read as
 * "this is text"; numbers stay numbers (-3 is written as -3). XLSX needs none of this: its text
 * cells are typed as text.
 */
export const csvText = (table: readonly (readonly TableCell[])[]): string =>
	'\uFEFF' +
	Papa.unparse(
		table.map((cells) => cells.map((cell) => cell ?? '')),
		{ escapeFormulae: formulaStart }
	);

/** A table as an XLSX workbook of one sheet, its first row in bold. */
export const tableXlsx = (table: Iterable<readonly TableCell[]>, sheetName: string): Promise<Buffer> =>
	sheetsXlsx([{ name: sheetName, table }]);

/**
 * Tables as the sheets of one XLSX workbook, each first row in bold. Written row by row through
 * ExcelJS's streaming writer: tens of thousands of rows without holding a model of every cell.
 */
export async function sheetsXlsx(
	sheets: readonly { name: string; table: Iterable<readonly TableCell[]> }[]
): Promise<Buffer> {
	const stream = new PassThrough();
	const chunks: Buffer[] = [];
	stream.on('data', (chunk: Buffer) => chunks.push(chunk));
	const finished = new Promise<void>((resolve, reject) => {
		stream.on('end', resolve);
		stream.on('error', reject);
	});
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
		stream,
		useStyles: true,
		useSharedStrings: false
	});
	for (const { name, table } of sheets) {
		const sheet = workbook.addWorksheet(name);
		let first = true;
		for (const cells of table) {
			const row = sheet.addRow(cells.map((cell) => cell ?? ''));
			if (first) row.font = { bold: true };
			first = false;
			row.commit();
		}
		sheet.commit();
	}
	await workbook.commit();
	await finished;
	return Buffer.concat(chunks);
}
