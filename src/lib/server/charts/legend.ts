import { escapeXml, ink, mirror, px, type Direction } from './svg.js';

/** One line of a drawn legend: its swatch (a colour or a pattern `url(#…)`) and its words. */
export type LegendEntry = { fill: string; text: string };

const row = 20;
const swatch = 14;

/**
 * A legend drawn in SVG below a chart: an optional title, then columns of swatches each with its
 * text, so no colour is the only carrier of meaning. Columns share the width; a right-to-left
 * reader gets them mirrored (swatch on the right, text leftwards).
 */
export function drawLegend(
	columns: LegendEntry[][],
	options: { top: number; width: number; dir: Direction; title?: string; padding?: number }
): { svg: string; height: number } {
	const { top, width, dir, title } = options;
	const padding = options.padding ?? 8;
	const x = mirror(dir, width);
	const columnWidth = (width - 2 * padding) / Math.max(1, columns.length);
	let svg = '';
	let y = top;
	if (title) {
		svg += `<text x="${px(x(padding))}" y="${px(y + 14)}" text-anchor="start" font-weight="bold" fill="${ink.text}">${escapeXml(title)}</text>`;
		y += row;
	}
	columns.forEach((entries, column) => {
		entries.forEach((entry, i) => {
			const left = padding + column * columnWidth;
			const rowTop = y + i * row;
			const swatchX = dir === 'rtl' ? x(left) - swatch : left;
			svg +=
				`<rect x="${px(swatchX)}" y="${px(rowTop + 2)}" width="${swatch}" height="${swatch}" fill="${entry.fill}" stroke="${ink.muted}" stroke-width="0.5"/>` +
				`<text x="${px(x(left + swatch + 6))}" y="${px(rowTop + 14)}" text-anchor="start" fill="${ink.text}">${escapeXml(entry.text)}</text>`;
		});
	});
	const rows = Math.max(0, ...columns.map((entries) => entries.length));
	return { svg, height: y - top + rows * row + padding };
}
