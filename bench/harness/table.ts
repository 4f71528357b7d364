// The table a run prints: figure, value, ceiling, ratio, goal, met.
import type { Entry } from './report.js';
import { formatValue } from './units.js';

const none = '—';

function row(entry: Entry): string[] {
	return [
		entry.name,
		formatValue(entry.value, entry.unit),
		entry.ceiling === null ? none : formatValue(entry.ceiling, entry.unit),
		entry.ratio === null ? none : `${(entry.ratio * 100).toFixed(1)} %`,
		entry.goal?.text ?? none,
		entry.met === null ? none : entry.met ? 'yes' : 'NO'
	];
}

/** A plain-text table with aligned columns; numbers are aligned to the right. */
export function formatTable(entries: readonly Entry[]): string {
	const header = ['figure', 'value', 'ceiling', 'ratio', 'goal', 'met'];
	const rows = [header, ...entries.map(row)];
	const widths = header.map((_, column) => Math.max(...rows.map((cells) => cells[column].length)));
	const line = (cells: string[]) =>
		cells
			.map((cell, column) =>
				column >= 1 && column <= 3 ? cell.padStart(widths[column]) : cell.padEnd(widths[column])
			)
			.join('  ')
			.trimEnd();
	return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join(
		'\n'
	);
}
