import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTableFile, type TableLimits } from './read-table-file.js';
import { refusedFile } from '../testing/fixtures.js';
import { columnLetters, sheetXml, workbookOf, zipOf } from '../testing/zip.js';

const limits: TableLimits = {
	maxRows: 5_000,
	maxColumns: 100,
	maxCells: 100_000,
	maxUnpackedBytes: 8 * 1024 * 1024
};
const budget = { timeMs: 10_000, memoryMb: 128 };
const xlsx = (bytes: Uint8Array, sheets: 'first' | string[] = 'first') =>
	readTableFile(bytes, { format: 'xlsx', sheets, limits }, budget);

/** A sheet of `rows` rows holding one value each, in column XFD (the last a spreadsheet has). */
const farColumnSheet = (rows: number) =>
	sheetXml([]).replace(
		'<sheetData></sheetData>',
		`<sheetData>${Array.from(
			{ length: rows },
			(_, r) => `<row r="${r + 1}"><c r="XFD${r + 1}" t="inlineStr"><is><t>x</t></is></c></row>`
		).join('')}</sheetData>`
	);

describe('reading an uploaded table file', () => {
	it('reads a workbook written by a spreadsheet program: only the cells that hold a value', async () => {
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('Participants');
		sheet.addRow(['Name', 'Email', 'Count', 'Yes']);
		sheet.addRow(['Amina Haddad', 'amina@example.org', 3, true]);
		sheet.getCell('B4').value = 'لا';
		sheet.getCell('H20').style = { font: { bold: true } };
		const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
		const [read] = await xlsx(bytes);
		expect(read.name).toBe('Participants');
		expect(read.rows).toEqual([
			['Name', 'Email', 'Count', 'Yes'],
			['Amina Haddad', 'amina@example.org', '3', 'true'],
			[],
			['', 'لا']
		]);
	});

	it('reads the sheets asked for by name, whatever their case', async () => {
		const bytes = workbookOf({ Survey: [['type', 'name']], other: [['x']], choices: [['list_name']] });
		const sheets = await xlsx(bytes, ['survey', 'choices', 'settings']);
		expect(sheets.map((sheet) => sheet.name)).toEqual(['Survey', 'choices']);
	});

	it('reads CSV with either separator', async () => {
		const read = (text: string) =>
			readTableFile(new TextEncoder().encode(text), { format: 'csv', sheets: 'first', limits }, budget);
		expect((await read('\uFEFFa;b\n1;2\n\n'))[0].rows).toEqual([
			['a', 'b'],
			['1', '2']
		]);
	});

	it('refuses at once a sheet with values far to the right (45 KB that once took 4 GB)', async () => {
		const bytes = workbookOf({ survey: farColumnSheet(3_000) });
		expect(bytes.length).toBeLessThan(60_000);
		const started = performance.now();
		await expect(xlsx(bytes)).rejects.toThrow(refusedFile('file_too_many_columns'));
		expect(performance.now() - started).toBeLessThan(2_000);
	});

	it('refuses a sheet whose declared dimension is too large, before reading its rows', async () => {
		const bytes = workbookOf({ sheet: sheetXml([['a']], 'A1:B1048576') });
		await expect(xlsx(bytes)).rejects.toThrow(refusedFile('file_too_many_rows'));
		const wide = workbookOf({ sheet: sheetXml([['a']], `A1:${columnLetters(16_384)}1`) });
		await expect(xlsx(wide)).rejects.toThrow(refusedFile('file_too_many_columns'));
	});

	it('refuses one value at the last cell a sheet has (it once froze the server)', async () => {
		const sheet = sheetXml([]).replace(
			'<sheetData></sheetData>',
			'<sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'
		);
		await expect(xlsx(workbookOf({ sheet }))).rejects.toThrow(refusedFile('file_too_many_rows'));
	});

	it('refuses too many rows, and too many cells in all', async () => {
		const rows = Array.from({ length: 5_001 }, (_, r) => [`row ${r}`]);
		await expect(xlsx(workbookOf({ sheet: rows }))).rejects.toThrow(refusedFile('file_too_many_rows'));
		const full = Array.from({ length: 2_000 }, () => Array.from({ length: 60 }, () => 'x'));
		await expect(xlsx(workbookOf({ sheet: full }))).rejects.toThrow(refusedFile('file_too_complex'));
	});

	it('refuses a ZIP bomb from its directory, and an archive cut short as damaged', async () => {
		const bomb = workbookOf({ sheet: sheetXml([]) + ' '.repeat(20 * 1024 * 1024) });
		await expect(xlsx(bomb)).rejects.toThrow(refusedFile('file_too_complex'));
		const whole = workbookOf({ sheet: [['a', 'b']] });
		await expect(xlsx(whole.subarray(0, whole.length - 10))).rejects.toThrow(refusedFile('file_damaged'));
		await expect(xlsx(zipOf({ 'notes.txt': 'hello' }))).rejects.toThrow(refusedFile('import_wrong_type'));
	});

	it('refuses a sheet whose XML is broken, or an entry larger than its directory says', async () => {
		const broken = workbookOf({ sheet: '<worksheet><sheetData><row><c><v>1</row>' });
		await expect(xlsx(broken)).rejects.toThrow(refusedFile('file_damaged'));
		const bytes = Buffer.from(workbookOf({ sheet: [['a']] }, { deflate: false }));
		// The central directory's declared size of the last entry, one byte smaller than its content.
		const directory = bytes.lastIndexOf(Buffer.from('xl/worksheets/sheet1.xml')) - 46;
		bytes.writeUInt32LE(bytes.readUInt32LE(directory + 24) - 1, directory + 24);
		await expect(xlsx(bytes)).rejects.toThrow(refusedFile('file_damaged'));
	});

	it('stops a reader that takes too long, and the file is refused', async () => {
		const rows = Array.from({ length: 4_000 }, (_, r) => [`row ${r}`, 'b', 'c']);
		await expect(
			readTableFile(
				workbookOf({ sheet: rows }),
				{ format: 'xlsx', sheets: 'first', limits },
				{
					timeMs: 1,
					memoryMb: 128
				}
			)
		).rejects.toThrow(refusedFile('file_too_complex'));
	});
});
