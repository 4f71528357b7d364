// Reading an uploaded table file (CSV, or the sheets of an XLSX workbook) as rows of text cells,
// within limits: it runs on hostile files, in a worker (read-table-file.ts), so every size it meets
// is checked before it is spent. Only cells that hold a value are read; a sheet's rows come back
// by their number (row n at index n - 1), each up to its last value. Pure and synchronous.
import Papa from 'papaparse';
import { SaxesParser } from 'saxes';
import { readZipEntry, readZipEntryStart, startsAsZip, zipEntries, ZipError, type ZipEntry } from './zip.js';

export type TableFormat = 'csv' | 'xlsx';

export type TableLimits = {
	/** The last row's number in a sheet (a CSV file: rows with content). */
	maxRows: number;
	/** The last column holding a value. */
	maxColumns: number;
	/** Cells read, every row counted up to its last value, all sheets together. */
	maxCells: number;
	/** What the parts read inflate to, together. */
	maxUnpackedBytes: number;
};

export type TableRequest = {
	format: TableFormat;
	/** XLSX: the first sheet, or the sheets of these names (case and spaces around ignored). */
	sheets: 'first' | readonly string[];
	limits: TableLimits;
};

export type TableSheet = { name: string; rows: string[][] };

export type TableProblem = 'wrong_type' | 'damaged' | 'too_many_rows' | 'too_many_columns' | 'too_complex';

export type TableResult =
	{ ok: true; sheets: TableSheet[] } | { ok: false; problem: TableProblem; sheet?: string };

/** More parts than any workbook has: a file of thousands of entries is not a spreadsheet. */
const maxZipEntries = 1_000;
/** XML deflates about ten times; a large part inflating 500 times or more is a ZIP bomb. */
const maxRatio = 500;
const ratioCheckedAbove = 1024 * 1024;

class Refusal extends Error {
	constructor(
		readonly problem: TableProblem,
		readonly sheet?: string
	) {
		super(problem);
	}
}

/** What is wrong with a workbook's ZIP directory, before anything is inflated; undefined when nothing. */
export function inspectWorkbookArchive(
	bytes: Uint8Array,
	limits: TableLimits
): { problem: TableProblem } | undefined {
	if (!startsAsZip(bytes)) return { problem: 'wrong_type' };
	const entries = zipEntries(bytes);
	if (!entries) return { problem: 'damaged' };
	if (entries.length > maxZipEntries) return { problem: 'too_complex' };
	for (const entry of entries) {
		if (entry.size > limits.maxUnpackedBytes) return { problem: 'too_complex' };
		if (entry.size > ratioCheckedAbove && entry.size / Math.max(entry.compressedSize, 1) > maxRatio)
			return { problem: 'too_complex' };
	}
	return undefined;
}

/** Reads the file; a file refused as a whole says why (and which sheet, when one is at fault). */
export function parseTableFile(bytes: Uint8Array, request: TableRequest): TableResult {
	try {
		const sheets = request.format === 'csv' ? [readCsv(bytes, request.limits)] : readXlsx(bytes, request);
		return { ok: true, sheets };
	} catch (error) {
		if (error instanceof Refusal) return { ok: false, problem: error.problem, sheet: error.sheet };
		if (error instanceof ZipError) return { ok: false, problem: 'damaged' };
		throw error;
	}
}

/** Counts cells against the limits as rows are read. */
class Budget {
	private cells = 0;
	private unpacked = 0;
	constructor(readonly limits: TableLimits) {}

	row(sheet: string, number: number, length: number) {
		if (number > this.limits.maxRows) throw new Refusal('too_many_rows', sheet);
		if (length > this.limits.maxColumns) throw new Refusal('too_many_columns', sheet);
		this.cells += length;
		if (this.cells > this.limits.maxCells) throw new Refusal('too_complex', sheet);
	}

	unpack(entry: ZipEntry) {
		this.unpacked += entry.size;
		if (this.unpacked > this.limits.maxUnpackedBytes) throw new Refusal('too_complex');
	}
}

// ——— CSV ———

function readCsv(bytes: Uint8Array, limits: TableLimits): TableSheet {
	const budget = new Budget(limits);
	const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
	const rows: string[][] = [];
	let refusal: Refusal | undefined;
	// Spreadsheet programs in French and many other locales write ";" between fields: let Papa guess.
	Papa.parse<string[]>(text, {
		skipEmptyLines: 'greedy',
		step: (result, parser) => {
			try {
				budget.row('', rows.length + 1, result.data.length);
				rows.push(result.data.map(String));
			} catch (error) {
				refusal = error as Refusal;
				parser.abort();
			}
		}
	});
	if (refusal) throw refusal;
	return { name: '', rows };
}

// ——— XLSX ———

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Runs a SAX parser over an XML part; malformed XML is a damaged file. */
function parseXml(
	xml: Buffer,
	handlers: {
		open?: (name: string, attributes: Record<string, string>) => void;
		close?: (name: string) => void;
		text?: (text: string) => void;
	}
) {
	const parser = new SaxesParser({ position: false });
	if (handlers.open) {
		const open = handlers.open;
		parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as Record<string, string>));
	}
	if (handlers.close) {
		const close = handlers.close;
		parser.on('closetag', (tag) => close(localName(tag.name)));
	}
	if (handlers.text) {
		const text = handlers.text;
		parser.on('text', text);
		parser.on('cdata', text);
	}
	const decoder = new TextDecoder('utf-8', { fatal: false });
	const chunk = 1024 * 1024;
	try {
		for (let at = 0; at < xml.length; at += chunk)
			parser.write(decoder.decode(xml.subarray(at, at + chunk), { stream: true }));
		parser.write(decoder.decode()).close();
	} catch (error) {
		if (error instanceof Refusal) throw error;
		throw new ZipError(`malformed XML: ${(error as Error).message}`);
	}
}

/** An attribute by its local name (`r:id` whatever the prefix). */
const attribute = (attributes: Record<string, string>, name: string) =>
	attributes[name] ??
	Object.entries(attributes).find(([key]) => key.includes(':') && localName(key) === name)?.[1];

/** A part's relationships: id → type and target path inside the archive. */
function relationships(archive: Archive, partPath: string): Map<string, { type: string; path: string }> {
	const folder = partPath.slice(0, partPath.lastIndexOf('/') + 1);
	const relsPath = `${folder}_rels/${partPath.slice(folder.length)}.rels`;
	const found = new Map<string, { type: string; path: string }>();
	const xml = archive.read(relsPath);
	if (!xml) return found;
	parseXml(xml, {
		open: (name, attributes) => {
			if (name !== 'Relationship' || !attributes.Id || !attributes.Target) return;
			const target = attributes.Target;
			const path = target.startsWith('/') ? target.slice(1) : normalisePath(folder + target);
			found.set(attributes.Id, { type: attributes.Type ?? '', path });
		}
	});
	return found;
}

const normalisePath = (path: string) => {
	const parts: string[] = [];
	for (const part of path.split('/'))
		if (part === '..') parts.pop();
		else if (part !== '.') parts.push(part);
	return parts.join('/');
};

class Archive {
	private entries: Map<string, ZipEntry>;
	constructor(
		private bytes: Uint8Array,
		entries: ZipEntry[],
		private budget: Budget
	) {
		this.entries = new Map(entries.map((entry) => [entry.name, entry]));
	}

	entry(path: string) {
		return this.entries.get(path);
	}

	read(path: string): Buffer | undefined {
		const entry = this.entries.get(path);
		if (!entry) return undefined;
		this.budget.unpack(entry);
		return readZipEntry(this.bytes, entry);
	}

	start(path: string, length: number): string {
		const entry = this.entries.get(path);
		return entry ? readZipEntryStart(this.bytes, entry, length) : '';
	}
}

function readXlsx(bytes: Uint8Array, request: TableRequest): TableSheet[] {
	const inspected = inspectWorkbookArchive(bytes, request.limits);
	if (inspected) throw new Refusal(inspected.problem);
	const budget = new Budget(request.limits);
	const archive = new Archive(bytes, zipEntries(bytes)!, budget);
	const workbookPath =
		[...relationships(archive, '').values()].find((rel) => rel.type.endsWith('/officeDocument'))?.path ??
		'xl/workbook.xml';
	const workbookXml = archive.read(workbookPath);
	if (!workbookXml) throw new Refusal('wrong_type');
	const sheets: Array<{ name: string; id: string }> = [];
	parseXml(workbookXml, {
		open: (name, attributes) => {
			const id = attribute(attributes, 'id');
			if (name === 'sheet' && id) sheets.push({ name: attributes.name ?? '', id });
		}
	});
	const parts = relationships(archive, workbookPath);
	const wanted =
		request.sheets === 'first'
			? sheets.slice(0, 1)
			: sheets.filter((sheet) =>
					(request.sheets as readonly string[]).includes(sheet.name.trim().toLowerCase())
				);
	const located = wanted.flatMap((sheet) => {
		const path = parts.get(sheet.id)?.path;
		return path && archive.entry(path) ? [{ ...sheet, path }] : [];
	});
	// Each sheet's declared size first: a sheet that says it is too large is refused before any is read.
	for (const sheet of located) checkDimension(archive.start(sheet.path, 64 * 1024), sheet.name, budget);
	const sharedPath = [...parts.values()].find((rel) => rel.type.endsWith('/sharedStrings'))?.path;
	const shared = located.length > 0 && sharedPath ? readSharedStrings(archive, sharedPath) : [];
	return located.map((sheet) => ({
		name: sheet.name,
		rows: readSheet(archive.read(sheet.path)!, sheet.name, shared, budget)
	}));
}

/** Column letters → number: A → 1, XFD → 16,384. */
const columnNumber = (letters: string) => {
	let number = 0;
	for (const letter of letters.toUpperCase()) number = number * 26 + (letter.charCodeAt(0) - 64);
	return number;
};

/** A cell reference → its row and column (1-based); undefined parts when the reference lacks them. */
function cellAt(reference: string | undefined): { row?: number; column?: number } {
	const match = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/.exec(reference ?? '');
	if (!match) return {};
	return {
		column: match[1] ? columnNumber(match[1]) : undefined,
		row: match[2] ? Number(match[2]) : undefined
	};
}

/** The `<dimension ref="A1:XFD3000"/>` a sheet declares at its start, checked against the limits. */
function checkDimension(start: string, sheet: string, budget: Budget) {
	const ref = /<(?:\w+:)?dimension\s+ref="([^"]*)"/.exec(start)?.[1];
	if (!ref) return;
	const last = cellAt(ref.split(':').pop());
	if (last.row !== undefined && last.row > budget.limits.maxRows) throw new Refusal('too_many_rows', sheet);
	if (last.column !== undefined && last.column > budget.limits.maxColumns)
		throw new Refusal('too_many_columns', sheet);
}

/** The shared strings table: rich text runs joined, phonetic guides left out. */
function readSharedStrings(archive: Archive, path: string): string[] {
	const xml = archive.read(path);
	if (!xml) return [];
	const strings: string[] = [];
	let current: string | undefined;
	let inText = false;
	let inPhonetic = false;
	parseXml(xml, {
		open: (name) => {
			if (name === 'si') current = '';
			else if (name === 't') inText = true;
			else if (name === 'rPh') inPhonetic = true;
		},
		close: (name) => {
			if (name === 'si') {
				strings.push(current ?? '');
				current = undefined;
			} else if (name === 't') inText = false;
			else if (name === 'rPh') inPhonetic = false;
		},
		text: (text) => {
			if (inText && !inPhonetic && current !== undefined) current += text;
		}
	});
	return strings;
}

/** A cell's text as a spreadsheet program shows it without formatting. */
function cellText(type: string | undefined, value: string, inline: string, shared: string[]): string {
	switch (type) {
		case 's':
			return shared[Number(value)] ?? '';
		case 'inlineStr':
			return inline;
		case 'b':
			return value === '1' ? 'true' : 'false';
		case 'str':
		case 'e':
		case 'd':
			return value;
		default: {
			const number = Number(value);
			return value.trim() !== '' && Number.isFinite(number) ? String(number) : value;
		}
	}
}

function readSheet(xml: Buffer, sheet: string, shared: string[], budget: Budget): string[][] {
	const rows: string[][] = [];
	let rowNumber = 0;
	let cells: string[] = [];
	let column = 0;
	let cell: { type?: string; value: string; inline: string; hasValue: boolean } | undefined;
	let inValue = false;
	let inInline = false;
	let inPhonetic = false;
	const endRow = () => {
		if (cells.length === 0) return;
		budget.row(sheet, rowNumber, cells.length);
		rows[rowNumber - 1] = Array.from(cells, (text) => text ?? '');
		cells = [];
	};
	parseXml(xml, {
		open: (name, attributes) => {
			if (name === 'row') {
				const number = Number(attributes.r);
				rowNumber = Number.isInteger(number) && number > rowNumber ? number : rowNumber + 1;
				if (rowNumber > budget.limits.maxRows) throw new Refusal('too_many_rows', sheet);
				column = 0;
			} else if (name === 'c') {
				const at = cellAt(attributes.r);
				column = at.column && at.column > column ? at.column : column + 1;
				cell = { type: attributes.t, value: '', inline: '', hasValue: false };
			} else if (cell && name === 'v') {
				inValue = true;
				cell.hasValue = true;
			} else if (cell && name === 'is') {
				inInline = true;
				cell.hasValue = true;
			} else if (name === 'rPh') inPhonetic = true;
		},
		close: (name) => {
			if (name === 'row') endRow();
			else if (name === 'c' && cell) {
				if (cell.hasValue) {
					if (column > budget.limits.maxColumns) throw new Refusal('too_many_columns', sheet);
					const text = cellText(cell.type, cell.value, cell.inline, shared);
					if (text !== '') cells[column - 1] = text;
				}
				cell = undefined;
			} else if (name === 'v') inValue = false;
			else if (name === 'is') inInline = false;
			else if (name === 'rPh') inPhonetic = false;
		},
		text: (text) => {
			if (!cell) return;
			if (inValue) cell.value += text;
			else if (inInline && !inPhonetic) cell.inline += text;
		}
	});
	return Array.from(rows, (row) => row ?? []);
}
