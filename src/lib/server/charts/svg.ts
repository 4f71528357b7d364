/**
 * What every server-drawn chart shares: escaping text for SVG, rounding coordinates, and placing text
 * for a left-to-right or right-to-left reader. Charts are strings (no DOM), so pages show them inline
 * and PDF reports draw the same markup.
 */

export type Direction = 'ltr' | 'rtl';

/** A number formatted for the reader (the caller knows the locale). */
export type NumberFormat = (value: number) => string;

const entities: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Characters XML 1.0 does not allow at all (they would make the whole document unreadable). */
// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text made safe for SVG content and attribute values. */
export function escapeXml(text: string): string {
	return text.replace(forbidden, '').replace(/[&<>"']/g, (character) => entities[character]);
}

/** The house colours (src/app.css), written out so the same SVG prints in PDF. */
export const ink = {
	text: '#1b1f24',
	muted: '#5a6370',
	line: '#d0d6de',
	panel: '#f4f6f9',
	accent: '#0b5394'
};

/** A coordinate rounded to 0.1 px, written without trailing zeros. */
export function px(value: number): string {
	return String(Math.round(value * 10) / 10);
}

/**
 * x mirrored for a right-to-left reader. Charts lay out in reading order (as for left to right) and
 * flip x across the canvas; the SVG carries `direction`, so a `text-anchor` of `start` or `end` keeps
 * its reading-order meaning in both directions (labels on the right and bars growing leftwards in Arabic).
 */
export function mirror(dir: Direction, width: number): (x: number) => number {
	return dir === 'rtl' ? (x) => width - x : (x) => x;
}

/** The opening tag of an accessible chart: one labelled image (the caller puts a table beside it). */
export function svgOpen(options: {
	id: string;
	width: number;
	height: number;
	title: string;
	description?: string;
	dir: Direction;
}): string {
	const { id, width, height, title, description, dir } = options;
	const labelled = description ? `${id}-title ${id}-desc` : `${id}-title`;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${px(width)} ${px(height)}" width="${px(width)}" ` +
		`height="${px(height)}" role="img" aria-labelledby="${escapeXml(labelled)}" direction="${dir}" ` +
		`font-family="sans-serif" font-size="13">` +
		`<title id="${escapeXml(id)}-title">${escapeXml(title)}</title>` +
		(description ? `<desc id="${escapeXml(id)}-desc">${escapeXml(description)}</desc>` : '')
	);
}
