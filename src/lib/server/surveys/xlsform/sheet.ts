// A sheet of an XLSForm workbook as the import reads it: its columns by kind (and language), its rows.
import type { TableSheet } from '../../files/read-table-file.js';

export type Header = { index: number; base: string; language?: string };
export type SheetRow = { number: number; cells: string[] };
export type Sheet = {
	name: string;
	headers: Header[];
	/** The columns of each kind, those naming their language first, then the plain one. */
	columns: Map<string, Header[]>;
	rows: SheetRow[];
};

/** Column names as people and tools write them, and pyxform's older spellings. */
const columnAliases: Record<string, string> = {
	'list name': 'list_name',
	'jr:constraintmsg': 'constraint_message',
	'constraint message': 'constraint_message',
	relevance: 'relevant',
	caption: 'label',
	value: 'name',
	'form title': 'form_title',
	'default language': 'default_language'
};

function header(text: string, index: number): Header | undefined {
	const trimmed = text.trim();
	if (!trimmed) return undefined;
	const [base, ...rest] = trimmed.split('::');
	const key = base.trim().toLowerCase();
	const language = rest.join('::').trim();
	return { index, base: columnAliases[key] ?? key.replace(/\s+/g, '_'), language: language || undefined };
}

export function readSheet(table: TableSheet): Sheet {
	const rows: SheetRow[] = [];
	let headers: Header[] | undefined;
	// The first row with anything in it names the columns.
	table.rows.forEach((cells, index) => {
		const filled = cells.map((text) => text.trim());
		if (!filled.some((text) => text)) return;
		if (!headers) headers = filled.flatMap((text, column) => header(text, column) ?? []);
		else rows.push({ number: index + 1, cells: filled });
	});
	const columns = new Map<string, Header[]>();
	for (const column of [...(headers ?? [])].sort((a, b) => Number(!a.language) - Number(!b.language)))
		columns.set(column.base, [...(columns.get(column.base) ?? []), column]);
	return { name: table.name, headers: headers ?? [], columns, rows };
}

export const cell = (sheet: Sheet, row: SheetRow, base: string): string => {
	const column = sheet.columns.get(base)?.find((item) => !item.language);
	return column ? (row.cells[column.index] ?? '') : '';
};

export const hasColumn = (sheet: Sheet, base: string) => sheet.columns.has(base);
