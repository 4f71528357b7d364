// Results from a file: a trainer uploads a CSV or XLSX of a scored phase's results (a row per person,
// named by email or registration code; a column per item, or a total), filled from the template or
// their own sheet. All or nothing: a file with any refused row stores nothing and lists every
// refused row with its line and reason.
import { ScoreTemplateSchema } from '../../evaluation/schemas.js';
import { totalColumn } from '../../evaluation/marks.js';
import { localizedText, type ContentLocale } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { DomainError } from '../errors.js';
import { formatOf } from '../events/participant-file.js';
import { readTableFile } from '../files/read-table-file.js';
import {
	csvText,
	downloadName,
	isTableFormat,
	tableMediaTypes,
	tableXlsx,
	type TableCell
} from '../files/table-file.js';
import { parseInput, type FieldsOf } from '../validate.js';
import { readScoreFile, templateHeaders, type ScoreRefusal } from './score-rows.js';
import { loadSheet, storeScores } from './score-sheet.js';

/** Larger uploads are refused: a file of an event's scores is a few kilobytes. */
export const maxScoreFileBytes = 2 * 1024 * 1024;

/** Generous beside an event's participants and a test's items; files past them are not read at all. */
const tableLimits = {
	maxRows: 5_000,
	maxColumns: 300,
	maxCells: 300_000,
	maxUnpackedBytes: 32 * 1024 * 1024
};

export type ScoreFile = { name: string; content: Uint8Array };

/** A file refused for its rows: every refused row's problems, by line (none stored). */
const refusedRows = (refusals: ScoreRefusal[]) =>
	new DomainError('invalid', 'score file rows refused', {
		fields: { file: ['scores_rows_refused'] },
		details: { refusals }
	});

async function readTable(file: ScoreFile): Promise<string[][]> {
	if (file.content.length === 0 && file.name === '')
		throw new DomainError('invalid', 'no file', { fields: { file: ['required'] } });
	if (file.content.length > maxScoreFileBytes)
		throw new DomainError('invalid', 'file too large', { fields: { file: ['import_too_large'] } });
	if (file.content.length === 0)
		throw new DomainError('invalid', 'empty file', { fields: { file: ['import_empty'] } });
	const [sheet] = await readTableFile(
		file.content,
		{ format: formatOf(file.content, file.name), sheets: 'first', limits: tableLimits },
		{ timeMs: 10_000, memoryMb: 256 }
	);
	return sheet?.rows ?? [];
}

/**
 * Stores the results of a score file for one phase, as source `import`; how many were stored. `upload`
 * reads the file and is called only once the actor may enter the phase's results: nobody else makes
 * the server read an upload. Refused whole (DomainError `invalid` on `file`) for the file
 * (`details.missing`: the items without a column) or for its rows (`details.refusals`).
 */
export async function importScores(
	actor: Actor,
	eventId: string,
	phaseId: string,
	upload: () => Promise<ScoreFile>
): Promise<{ stored: number }> {
	await loadSheet(db(), actor, eventId, phaseId);
	const table = await readTable(await upload());
	return db().transaction(async (tx) => {
		const sheet = await loadSheet(tx, actor, eventId, phaseId, { lock: true });
		const { rows, refusals } = readScoreFile(table, sheet.items, sheet.people);
		if (refusals.length > 0) throw refusedRows(refusals);
		if (rows.length === 0)
			throw new DomainError('invalid', 'no scores in the file', {
				fields: { file: ['scores_nothing_entered'] }
			});
		const stored = rows.map(({ line: _, ...row }) => row);
		return { stored: await storeScores(tx, actor, sheet, stored, 'import') };
	});
}

export type TemplateFile = { name: string; mediaType: string; content: Buffer };

/**
 * A file to fill: the headers the import reads (email, code, name, then a column per item or the
 * total) and a row per participant who has no result yet.
 */
export async function scoreTemplate(
	actor: Actor,
	eventId: string,
	phaseId: string,
	input: FieldsOf<typeof ScoreTemplateSchema>,
	reader: ContentLocale
): Promise<TemplateFile> {
	const sheet = await loadSheet(db(), actor, eventId, phaseId);
	if (!isTableFormat(String(input.format))) throw new DomainError('not_found', 'no such template format');
	const { mode, format } = parseInput(ScoreTemplateSchema, input);
	const columns = mode === 'total' ? [totalColumn] : sheet.items.map((item) => item.name);
	const blanks = columns.map(() => '');
	const table: TableCell[][] = [
		[templateHeaders.email, templateHeaders.code, templateHeaders.name, ...columns],
		...sheet.people
			.filter((person) => person.state === 'open')
			.map((person) => [person.email, person.code, person.fullName, ...blanks])
	];
	const content = format === 'csv' ? Buffer.from(csvText(table), 'utf8') : await tableXlsx(table, 'Scores');
	return {
		name: downloadName(
			`${localizedText(sheet.eventTitle, reader)} ${sheet.phase.phase} scores`,
			'scores',
			format
		),
		mediaType: tableMediaTypes[format],
		content
	};
}
