// Hostile inputs for every reader of uploaded tables (CSV, XLSX, XLSForm): mutated real files and
// generated nonsense. Each must be read or refused with a field error, never crash, and never take
// longer than its time budget.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors.js';
import { participantsXlsx, readTable } from '../events/participant-file.js';
import { parseXlsForm } from '../surveys/xlsform/parse.js';
import { writeXlsForm } from '../surveys/xlsform/write.js';
import { parseTableFile, type TableLimits } from './parse-table-file.js';
import { sheetXml, workbookOf } from '../testing/zip.js';

const limits: TableLimits = { maxRows: 2_000, maxColumns: 64, maxCells: 50_000, maxUnpackedBytes: 4 << 20 };

const participants = await participantsXlsx(
	Array.from({ length: 30 }, (_, i) => ({
		fullName: `Amina ${i} حداد`,
		email: `amina${i}@example.org`,
		countryCode: 'MA',
		profession: 'nurse',
		category: 'institution',
		organisationName: 'Croissant-Rouge',
		locale: 'fr'
	})) as never
);
const xlsform = await writeXlsForm({
	title: { en: 'Visits' },
	languages: ['en', 'fr'],
	definition: {
		sections: [
			{
				name: 'visit',
				questions: [
					{
						name: 'seen',
						type: 'single_choice',
						label: { en: 'Seen?', fr: 'Vu ?' },
						required: true,
						choices: [
							{ value: 'a', label: { en: 'A' } },
							{ value: 'b', label: { en: 'B' } }
						],
						allowOther: false,
						rows: [],
						showIf: []
					}
				]
			}
		]
	}
});

/** A file changed the ways uploads and attackers change them: bytes flipped, cut, spliced, repeated. */
const mutation = (original: Uint8Array) =>
	fc
		.array(
			fc.oneof(
				fc.record({
					kind: fc.constant('flip' as const),
					at: fc.nat(),
					value: fc.integer({ min: 0, max: 255 })
				}),
				fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
				fc.record({
					kind: fc.constant('insert' as const),
					at: fc.nat(),
					bytes: fc.uint8Array({ maxLength: 64 })
				}),
				fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.nat({ max: 4096 }) })
			),
			{ minLength: 1, maxLength: 6 }
		)
		.map((changes) => {
			let bytes = Buffer.from(original);
			for (const change of changes) {
				const at = bytes.length === 0 ? 0 : change.at % bytes.length;
				if (change.kind === 'flip' && bytes.length > 0) bytes[at] = change.value;
				else if (change.kind === 'cut') bytes = bytes.subarray(0, at);
				else if (change.kind === 'insert')
					bytes = Buffer.concat([bytes.subarray(0, at), change.bytes, bytes.subarray(at)]);
				else if (change.kind === 'repeat')
					bytes = Buffer.concat([bytes.subarray(0, at + change.length), bytes.subarray(at)]);
			}
			return new Uint8Array(bytes);
		});

/** Read, or refused with a field error on the file, within the time allowed. */
async function readOrRefused(work: () => unknown, maxMs: number) {
	const started = performance.now();
	try {
		await work();
	} catch (error) {
		if (!isDomainError(error) || !error.fields?.file) throw error;
	}
	expect(performance.now() - started).toBeLessThan(maxMs);
}

const cellText = fc.oneof(
	fc.string({ maxLength: 20 }),
	fc.constantFrom('<', '&amp;', ']]>', '\u0000', '"', "'", '=HYPERLINK("x")', 'ا', '\r\n')
);

describe('readers of uploaded tables on hostile input', () => {
	it('the table parser reads or refuses any mutation of a real workbook, in time', () => {
		for (const original of [participants, xlsform])
			fc.assert(
				fc.property(mutation(new Uint8Array(original)), (bytes) => {
					const started = performance.now();
					const result = parseTableFile(bytes, { format: 'xlsx', sheets: 'first', limits });
					expect(performance.now() - started).toBeLessThan(2_000);
					if (result.ok) expect(result.sheets.every((sheet) => Array.isArray(sheet.rows))).toBe(true);
				}),
				{ numRuns: 300 }
			);
	});

	it('the table parser reads or refuses sheets of any cells, references and types', () => {
		const cell = fc.record({
			ref: fc.oneof(fc.constant(undefined), fc.stringMatching(/^[A-Z]{1,4}[0-9]{0,8}$/)),
			type: fc.constantFrom(undefined, 's', 'inlineStr', 'b', 'e', 'str', 'n', 'zz'),
			value: cellText
		});
		const escape = (text: string) =>
			text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
		fc.assert(
			fc.property(
				fc.array(fc.record({ r: fc.option(fc.nat()), cells: fc.array(cell, { maxLength: 8 }) }), {
					maxLength: 30
				}),
				fc.option(fc.stringMatching(/^[A-Z]{1,3}[0-9]{1,7}(:[A-Z]{1,3}[0-9]{1,7})?$/)),
				(rows, dimension) => {
					const body = rows
						.map(
							(row) =>
								`<row${row.r === null ? '' : ` r="${row.r}"`}>${row.cells
									.map(
										(c) =>
											`<c${c.ref ? ` r="${c.ref}"` : ''}${c.type ? ` t="${c.type}"` : ''}>` +
											(c.type === 'inlineStr'
												? `<is><t>${escape(c.value)}</t></is>`
												: `<v>${escape(c.value)}</v>`) +
											'</c>'
									)
									.join('')}</row>`
						)
						.join('');
					const xml = sheetXml([], dimension ?? undefined).replace(
						'<sheetData></sheetData>',
						`<sheetData>${body}</sheetData>`
					);
					const result = parseTableFile(workbookOf({ sheet: xml }), {
						format: 'xlsx',
						sheets: 'first',
						limits
					});
					if (result.ok) expect(result.sheets[0].rows.length).toBeLessThanOrEqual(limits.maxRows);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('the participants reader reads or refuses any CSV text, and any mutated workbook, in its worker', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.array(cellText, { maxLength: 10 }), { maxLength: 40 }),
				fc.constantFrom(',', ';', '\t'),
				async (rows, separator) => {
					const text = rows.map((cells) => cells.join(separator)).join('\n');
					await readOrRefused(() => readTable(new TextEncoder().encode(text), 'people.csv'), 5_000);
				}
			),
			{ numRuns: 40 }
		);
		await fc.assert(
			fc.asyncProperty(mutation(new Uint8Array(participants)), async (bytes) => {
				await readOrRefused(() => readTable(bytes, 'people.xlsx'), 5_000);
			}),
			{ numRuns: 25 }
		);
	});

	it('the XLSForm import reads or refuses any mutated form, never half-way', async () => {
		await fc.assert(
			fc.asyncProperty(mutation(new Uint8Array(xlsform)), async (bytes) => {
				await readOrRefused(async () => {
					const parsed = await parseXlsForm(Buffer.from(bytes));
					// Refused problems mean nothing to create; otherwise a whole survey.
					if (parsed.errors.length > 0) expect(parsed.definition.sections).toEqual([]);
				}, 12_000);
			}),
			{ numRuns: 25 }
		);
	});
});
