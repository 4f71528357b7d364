// A server-drawn chart (src/lib/server/charts/) split for a PDF: its shapes, which svg-to-pdfkit
// draws, and its labels, which the PDF writer draws with its own fonts. svg-to-pdfkit writes a
// <text> in one font with no bidirectional layout (an Arabic label would come out reversed, or as
// empty boxes), so labels never go through it.
import { SaxesParser } from 'saxes';
import type { Direction } from './bidi.js';

/** Where a label's point is: its start, middle or end, in the label's reading direction. */
export type Anchor = 'start' | 'middle' | 'end';

export type SvgLabel = { text: string; x: number; y: number; anchor: Anchor; fill: string; fontSize: number };

export type SplitSvg = {
	/** The chart without its labels, sized to whatever viewport it is drawn in. */
	shapes: string;
	labels: SvgLabel[];
	width: number;
	height: number;
	direction: Direction;
};

const anchors = new Set<string>(['start', 'middle', 'end']);

/** Splits a chart's markup (one <svg> whose <text> elements hold text only) into shapes and labels. */
export function splitSvgLabels(markup: string): SplitSvg {
	const parser = new SaxesParser();
	let root: Record<string, string> | undefined;
	const labels: SvgLabel[] = [];
	let open: (Omit<SvgLabel, 'text'> & { text: string }) | undefined;
	parser.on('opentag', (tag) => {
		const attributes = tag.attributes as Record<string, string>;
		if (!root) {
			if (tag.name !== 'svg') throw new Error('a chart is one <svg> element');
			root = attributes;
		} else if (tag.name === 'text') {
			const anchor = attributes['text-anchor'] ?? 'start';
			open = {
				text: '',
				x: Number(attributes.x ?? 0),
				y: Number(attributes.y ?? 0),
				anchor: anchors.has(anchor) ? (anchor as Anchor) : 'start',
				fill: attributes.fill ?? '#000000',
				fontSize: Number(attributes['font-size'] ?? root['font-size'] ?? 16)
			};
		}
	});
	parser.on('text', (text) => {
		if (open) open.text += text;
	});
	parser.on('closetag', (tag) => {
		if (tag.name === 'text' && open) {
			labels.push({ ...open, text: open.text.trim() });
			open = undefined;
		}
	});
	parser.write(markup).close();
	if (!root?.viewBox) throw new Error('a chart has a viewBox');
	const [, , width, height] = root.viewBox.split(/[\s,]+/).map(Number);
	const body = markup.slice(markup.indexOf('>') + 1).replace(/<text\b[^>]*>[^<]*<\/text>/g, '');
	return {
		shapes: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">${body}`,
		labels: labels.filter((label) => label.text !== ''),
		width,
		height,
		direction: root.direction === 'rtl' ? 'rtl' : 'ltr'
	};
}
