// The same units as a plain spreadsheet, for people without a CAT tool: one row per unit, one column
// per language (`Slovenščina (sl)`), the source first and the target last, then a note and whether the
// translation is outdated (its source changed since; neither is read back). Read back
// through files/read-table-file.ts, with its limits; refusals of the file as a whole are thrown by it.
import { autonym, type ContentLocale } from '../../i18n/content-languages.js';
import { readTableFile, type TableLimits } from '../files/read-table-file.js';
import { tableXlsx } from '../files/table-file.js';
import type { FileUnit, TextUnit, TranslationFile } from './units.js';

const idColumn = 'id';
const languageColumn = (locale: string) => `${autonym(locale)} (${locale})`;
/** The tag in a header written as `Name (tag)`. */
const headerLanguage = /\(([A-Za-z0-9-]+)\)\s*$/;

/**
 * The workbook of the units that have a source text, in `languages` (the source first, the target
 * last), those in `outdated` marked so in the last column.
 */
export function writeTranslationTable(
	units: readonly TextUnit[],
	languages: readonly ContentLocale[],
	outdated: ReadonlySet<string> = new Set()
): Promise<Buffer> {
	const header = [idColumn, ...languages.map(languageColumn), 'note', 'status'];
	const rows = units
		.filter((unit) => unit.text[languages[0]])
		.map((unit) => [
			unit.id,
			...languages.map((locale) => unit.text[locale] ?? ''),
			unit.note,
			outdated.has(unit.id) ? 'outdated' : ''
		]);
	return tableXlsx([header, ...rows], 'translations');
}

const tableLimits: TableLimits = {
	maxRows: 20_000,
	maxColumns: 200,
	maxCells: 1_000_000,
	maxUnpackedBytes: 64 * 1024 * 1024
};
const readBudget = { timeMs: 10_000, memoryMb: 256 };

/**
 * Reads a translation workbook's first sheet: its first language column is the source, the column of
 * `target` the translations. Undefined when it has no `id` column or no such columns.
 */
export async function readTranslationTable(
	bytes: Uint8Array,
	target: ContentLocale
): Promise<TranslationFile | undefined> {
	const [sheet] = await readTableFile(
		bytes,
		{ format: 'xlsx', sheets: 'first', limits: tableLimits },
		readBudget
	);
	const [header = [], ...rows] = sheet?.rows ?? [];
	const tags = header.map((cell) => headerLanguage.exec(cell.trim())?.[1]);
	const idAt = header.findIndex((cell) => cell.trim().toLowerCase() === idColumn);
	const sourceAt = tags.findIndex((tag) => tag !== undefined);
	const targetAt = tags.lastIndexOf(target);
	if (idAt < 0 || sourceAt < 0 || targetAt <= sourceAt) return undefined;
	const units: FileUnit[] = rows
		.filter((row) => row.some((cell) => cell.trim()))
		.map((row) => ({
			id: (row[idAt] ?? '').trim(),
			source: row[sourceAt] ?? '',
			target: row[targetAt] ?? ''
		}));
	return { sourceLanguage: tags[sourceAt] ?? '', targetLanguage: target, units };
}
