import { drawGrid, missingMark, rowLabel, valueScale, type RowChartOptions } from './row-chart.js';
import { escapeXml, ink, mirror, px, svgOpen } from './svg.js';

/** One bar: `value` null or `suppressed` (n < 5) shows "—" and no bar; `low`–`high` a confidence interval. */
export type BarRow = {
	label: string;
	value: number | null;
	low?: number;
	high?: number;
	suppressed?: boolean;
	/** The value as written at the bar's end (e.g. "72 % (n = 31)"); the formatted value when absent. */
	valueLabel?: string;
};

export type BarChartOptions = RowChartOptions;

const rowHeight = 26;
const barHeight = 16;
const valueWidth = 90;

/**
 * A horizontal bar chart as an SVG string in the house style (label, bar, value at its end,
 * optional confidence whiskers, grid below), one labelled image; the caller puts the same figures in a table
 * beside it. For a right-to-left reader labels sit on the right and bars grow leftwards.
 */
export function renderBarChart(rows: readonly BarRow[], options: BarChartOptions): string {
	const width = options.width ?? 640;
	const labelWidth = options.labelWidth ?? 190;
	const dir = options.dir ?? 'ltr';
	const x = mirror(dir, width);
	const shown = rows.filter((row) => !row.suppressed && row.value !== null && Number.isFinite(row.value));
	const scale = valueScale(
		shown.flatMap((row) => [row.value as number, row.low ?? 0, row.high ?? 0]),
		[labelWidth, width - valueWidth],
		options.domain
	);
	const top = 4;
	const bottom = top + rows.length * rowHeight;
	/** A rectangle between two logical x positions, whichever way they lie once mirrored. */
	const span = (from: number, to: number, y: number, height: number, fill: string) => {
		const [a, b] = [x(from), x(to)].sort((p, q) => p - q);
		return `<rect x="${px(a)}" y="${px(y)}" width="${px(b - a)}" height="${height}" fill="${fill}"/>`;
	};

	let body = drawGrid(scale, { top, bottom, format: options.format, x });
	rows.forEach((row, i) => {
		const y = top + i * rowHeight + (rowHeight - barHeight) / 2;
		const middle = y + barHeight / 2;
		body += rowLabel(row.label, x(labelWidth - 8), middle + 4.5);
		if (row.suppressed || row.value === null || !Number.isFinite(row.value)) {
			body += missingMark(options, x(labelWidth + 4), middle + 4.5);
			return;
		}
		const zero = scale(0);
		body += span(zero, scale(row.value), y, barHeight, ink.accent);
		let end = Math.max(zero, scale(row.value));
		if (row.low !== undefined && row.high !== undefined) {
			const [low, high] = [scale(row.low), scale(row.high)];
			body +=
				`<path d="M${px(x(low))},${px(middle)}H${px(x(high))}M${px(x(low))},${px(middle - 5)}V${px(middle + 5)}` +
				`M${px(x(high))},${px(middle - 5)}V${px(middle + 5)}" stroke="${ink.text}" stroke-width="1.5" fill="none"/>`;
			end = Math.max(end, high);
		}
		const text = row.valueLabel ?? options.format(row.value);
		body += `<text x="${px(x(end + 6))}" y="${px(middle + 4.5)}" text-anchor="start" fill="${ink.text}">${escapeXml(text)}</text>`;
	});
	const height = bottom + 22;
	return (
		svgOpen({ id: options.id, width, height, title: options.title, description: options.description, dir }) +
		body +
		'</svg>'
	);
}
