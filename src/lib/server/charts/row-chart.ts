import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { escapeXml, ink, px, type Direction, type NumberFormat } from './svg.js';

/** What row charts (bars, pre → post) share: one row per label, a value axis below. */
export type RowChartOptions = {
	/** Unique on the page: the SVG's title and description take ids from it. */
	id: string;
	title: string;
	description?: string;
	format: NumberFormat;
	/** The axis' ends, e.g. [0, 100] or [0, maximum score]; from the values (0 included) when absent. */
	domain?: readonly [number, number];
	dir?: Direction;
	width?: number;
	labelWidth?: number;
	/** What a row without a figure (none, or suppressed) shows; "—" by default. */
	missing?: string;
};

/**
 * The value axis of row charts: a linear scale over the values (0 included, nice
 * ends) unless the caller fixes the domain, e.g. [0, maximum score] (values beyond are drawn at its
 * ends), and its grid with tick labels.
 */
export function valueScale(
	values: readonly number[],
	range: [number, number],
	domain?: readonly [number, number]
): ScaleLinear<number, number> {
	if (domain) {
		if (!(domain[1] > domain[0]))
			throw new RangeError(`an axis runs from low to high, not ${domain.join(' to ')}`);
		return scaleLinear().domain(domain).range(range).clamp(true);
	}
	const finite = values.filter(Number.isFinite);
	const low = Math.min(0, ...finite);
	const high = Math.max(0, ...finite);
	return scaleLinear()
		.domain([low, high > low ? high : low + 1])
		.range(range)
		.nice()
		.clamp(true);
}

/** Vertical grid lines at the scale's ticks from `top` to `bottom`, each labelled below. */
export function drawGrid(
	scale: ScaleLinear<number, number>,
	options: { top: number; bottom: number; format: NumberFormat; x: (logical: number) => number }
): string {
	const { top, bottom, format, x } = options;
	return scale
		.ticks(5)
		.map((tick) => {
			const at = px(x(scale(tick)));
			return (
				`<line x1="${at}" x2="${at}" y1="${px(top)}" y2="${px(bottom)}" stroke="${ink.line}" stroke-width="1"/>` +
				`<text x="${at}" y="${px(bottom + 14)}" text-anchor="middle" fill="${ink.muted}" font-size="11">${escapeXml(format(tick))}</text>`
			);
		})
		.join('');
}

/** A row's label, ending at x just before the plot (on its right for a right-to-left reader). */
export function rowLabel(label: string, x: number, y: number): string {
	return `<text x="${px(x)}" y="${px(y)}" text-anchor="end" fill="${ink.text}">${escapeXml(label)}</text>`;
}

/** What a row without a figure shows at the start of the plot, in place of its marks. */
export function missingMark(options: RowChartOptions, x: number, y: number): string {
	return `<text x="${px(x)}" y="${px(y)}" text-anchor="start" fill="${ink.muted}">${escapeXml(options.missing ?? '—')}</text>`;
}
