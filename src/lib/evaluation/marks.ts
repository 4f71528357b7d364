// Marks from paper: what a trainer writes in a cell of the score grid or of a score file, read against
// the item's marks. Pure, so the grid page, the file import and their tests read marks alike.
import type { ScoreEntryMode } from './values.js';

/** An item of a test as paper entry needs it: its name (the file's column) and its marks. */
export type MarkedItem = { name: string; marks: number };

/** Why a mark is refused: field-error keys (ui/field-errors.ts). */
export type MarkProblem =
	'mark_not_a_number' | 'mark_negative' | 'mark_above_marks' | 'mark_step' | 'mark_missing';

/** The column of the total, in totals-only mode (the grid's field and the file's header). */
export const totalColumn = 'total';

const isWhole = (value: number) => Math.abs(value - Math.round(value)) < 1e-6;

/**
 * The step a mark of this item takes: 1 where its marks are whole, 0.5 for 1.5, 0.25 for 0.75,
 * else its marks' last decimal (0.1 for 0.3). A mark off its item's steps is refused, as the number
 * field's `step` refuses it in the browser.
 */
export function markStep(marks: number): number {
	const step = [1, 0.5, 0.25].find((candidate) => isWhole(marks / candidate));
	return step ?? 10 ** -Math.min((String(marks).split('.')[1] ?? '').length, 6);
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const millionths = 1_000_000;

/** The step of a total: what every sum of the items' steps is a multiple of (1 for whole marks). */
export const totalStep = (items: readonly MarkedItem[]): number =>
	items.map((item) => Math.round(markStep(item.marks) * millionths)).reduce(gcd, millionths) / millionths;

export const maxScoreOf = (items: readonly MarkedItem[]): number =>
	items.reduce((total, item) => total + item.marks, 0);

/** A decimal number as written on paper or in a spreadsheet: `2`, `1.5`, `1,5` (French), `-1`. */
const decimalNumber = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** A mark typed in a cell: nothing when blank, else the mark or why it is refused. */
export function readMark(
	written: string,
	max: number,
	step: number
): { mark?: number; problem?: MarkProblem } {
	const text = written.trim();
	if (text === '') return {};
	if (!decimalNumber.test(text)) return { problem: 'mark_not_a_number' };
	const mark = Number(text.replace(',', '.'));
	if (mark < 0) return { problem: 'mark_negative' };
	// A hair over for decimals read in binary.
	if (mark > max + 1e-9) return { problem: 'mark_above_marks' };
	if (!isWhole(mark / step)) return { problem: 'mark_step' };
	return { mark };
}

/** The columns a person's results are written in: one per item, or the total alone. */
export function scoreColumns(
	items: readonly MarkedItem[],
	mode: ScoreEntryMode
): { name: string; max: number; step: number }[] {
	if (mode === 'total') return [{ name: totalColumn, max: maxScoreOf(items), step: totalStep(items) }];
	return items.map((item) => ({ name: item.name, max: item.marks, step: markStep(item.marks) }));
}

export type CellProblem = { column: string; problem: MarkProblem; value: string };

/** A person's results as read: left blank (not entered), the marks, or every cell's problem. */
export type ReadScores =
	| { kind: 'blank' }
	| { kind: 'scores'; items?: Record<string, number>; total?: number }
	| { kind: 'refused'; problems: CellProblem[] };

/**
 * One person's cells (by item name, or `total`): all blank is "not entered"; otherwise every column
 * needs a mark within its item's marks, and every problem is listed.
 */
export function readScores(
	items: readonly MarkedItem[],
	mode: ScoreEntryMode,
	cells: Readonly<Record<string, string | undefined>>
): ReadScores {
	const read = scoreColumns(items, mode).map((column) => {
		const value = cells[column.name] ?? '';
		return { column: column.name, value, ...readMark(value, column.max, column.step) };
	});
	if (read.every((cell) => cell.value.trim() === '')) return { kind: 'blank' };
	const problems = read.flatMap(({ column, value, mark, problem }): CellProblem[] =>
		problem
			? [{ column, problem, value }]
			: mark === undefined
				? [{ column, problem: 'mark_missing', value }]
				: []
	);
	if (problems.length > 0) return { kind: 'refused', problems };
	const marks = read.map((cell) => [cell.column, cell.mark!] as const);
	return mode === 'total'
		? { kind: 'scores', total: marks[0][1] }
		: { kind: 'scores', items: Object.fromEntries(marks) };
}
