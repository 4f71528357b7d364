// Workbooks made to hurt: the XLSForm import reads them within limits and in time, whoever sends them.
import { describe, expect, it } from 'vitest';
import { refusedFile } from '../../testing/fixtures.js';
import { sheetXml, workbookOf } from '../../testing/zip.js';
import { parseXlsForm } from './parse.js';

const survey = [
	['type', 'name', 'label'],
	['select_one big', 'pick', 'Pick one']
];
const choices = (count: number, list = 'big') => [
	['list_name', 'name', 'label'],
	...Array.from({ length: count }, (_, i) => [list, `c${i}`, `Choice ${i}`])
];
const seconds = async (work: () => Promise<unknown>) => {
	const started = performance.now();
	await work();
	return (performance.now() - started) / 1000;
};

describe('the XLSForm import on hostile workbooks', () => {
	it('refuses 100,000 choices at once (they once blocked the server for over a minute)', async () => {
		const bytes = workbookOf({ survey, choices: choices(100_000) });
		const took = await seconds(() =>
			expect(parseXlsForm(Buffer.from(bytes))).rejects.toThrow(refusedFile('file_too_many_rows'))
		);
		expect(took).toBeLessThan(5);
	});

	it('checks choice lists in linear time: 19,000 choices, one of them repeated, in a second or two', async () => {
		const rows = choices(19_000);
		rows.push(['big', 'c7', 'Again']);
		let parsed: Awaited<ReturnType<typeof parseXlsForm>> | undefined;
		const took = await seconds(async () => {
			parsed = await parseXlsForm(Buffer.from(workbookOf({ survey, choices: rows })));
		});
		expect(took).toBeLessThan(3);
		expect(parsed!.errors.map(({ row, code, value }) => ({ row, code, value }))).toEqual([
			{ row: 2, code: 'too_many_choices', value: 'big' },
			{ row: 19_002, code: 'duplicate_choice', value: 'c7' }
		]);
	});

	it('reads thousands of questions offering the same list of 200 choices in a few seconds', async () => {
		const questions = [
			['type', 'name', 'label'],
			...Array.from({ length: 15_000 }, (_, i) => ['select_one big', `q${i}`, `Question ${i}`])
		];
		const took = await seconds(() =>
			parseXlsForm(Buffer.from(workbookOf({ survey: questions, choices: choices(200) })))
		);
		expect(took).toBeLessThan(5);
	});

	it('refuses, quickly and with a clear reason, a survey sheet with one cell at column XFD on each of 3,000 rows', async () => {
		const far = sheetXml([]).replace(
			'<sheetData></sheetData>',
			`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>type</t></is></c></row>${Array.from(
				{ length: 3_000 },
				(_, r) => `<row r="${r + 2}"><c r="XFD${r + 2}" t="inlineStr"><is><t>x</t></is></c></row>`
			).join('')}</sheetData>`
		);
		const bytes = workbookOf({ survey: far });
		expect(bytes.length).toBeLessThan(60_000);
		const took = await seconds(() =>
			expect(parseXlsForm(Buffer.from(bytes))).rejects.toThrow(refusedFile('file_too_many_columns'))
		);
		expect(took).toBeLessThan(2);
	});
});
