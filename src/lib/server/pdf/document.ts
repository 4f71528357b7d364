// A small writer for MHub's printable documents (package outlines, certificates): headings,
// paragraphs, bulleted lists, tables and images, in any content language. Each run of one script is
// drawn with its script's font (scripts.ts, fonts.ts) and shaped by fontkit inside PDFKit (Arabic
// letters joined, Indic conjuncts formed); right-to-left text is laid out line by line here (bidi.ts).
// Charts are the server-drawn SVG, their shapes drawn by svg-to-pdfkit and their labels as text here.
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { localeDirection, type ContentLocale } from '../../i18n/localized.js';
import { visualRuns, type Direction, type VisualRun } from './bidi.js';
import { DomainError } from '../errors.js';
import { faceName, fontFaces, missingGlyphs, type Weight } from './fonts.js';
import { splitSvgLabels } from './svg-labels.js';
import { wrapText } from './wrap.js';

/** Text to write; with `lang` when it is in another language than the document (a fallback). */
export type PdfText = string | { text: string; lang: ContentLocale };

type Style = { size: number; weight: Weight; color: string };

const ink = '#1b1f24';
const muted = '#5a6370';
const rule = '#d0d6de';
const panel = '#f4f6f9';

const styles = {
	/** A few large words: the name on a certificate. */
	display: { size: 24, weight: 'bold', color: ink },
	title: { size: 18, weight: 'bold', color: ink },
	heading: { size: 14, weight: 'bold', color: ink },
	subheading: { size: 11.5, weight: 'bold', color: ink },
	body: { size: 10, weight: 'regular', color: ink },
	note: { size: 9, weight: 'regular', color: muted }
} satisfies Record<string, Style>;

export type TextStyle = keyof typeof styles;

/** Where a line or an image stands: at the start edge (left in English, right in Arabic) or centred. */
export type Align = 'start' | 'center';

/** Arabic needs room above and below its letters: lines are spaced for it in every language. */
const lineSpacing = 1.65;
const ascentShare = 1.15;
const margin = 56;
const cellPadding = 5;
const bulletIndent = 14;

export type PdfColumn = {
	header: PdfText;
	/** Share of the table's width, all shares adding up to 1. */ share: number;
};

export type PdfWriter = {
	heading(text: PdfText, level?: 1 | 2 | 3, align?: Align): void;
	paragraph(text: PdfText, style?: TextStyle, align?: Align): void;
	bullets(items: PdfText[], style?: TextStyle): void;
	table(columns: PdfColumn[], rows: PdfText[][]): void;
	/** A PNG image, `size` points wide and high (a QR code). */
	image(png: Buffer, size: number, align?: Align): void;
	/**
	 * A server-drawn SVG chart (src/lib/server/charts/) across the content's width (never enlarged):
	 * its shapes by svg-to-pdfkit, its labels in MHub's fonts, shaped and laid out as any line.
	 */
	chart(svg: string): void;
	/** Empty space, in points. */
	gap(points: number): void;
	/** The finished document. */
	finish(): Promise<Buffer>;
};

export function createPdf(options: { locale: ContentLocale; title: string }): PdfWriter {
	const documentDirection = localeDirection[options.locale];
	const doc = new PDFDocument({
		size: 'A4',
		margin,
		lang: options.locale,
		displayTitle: true,
		info: { Title: options.title, Creator: 'MHub' },
		font: fontFaces[0].path
	});
	for (const face of fontFaces) doc.registerFont(face.name, face.path);
	const chunks: Buffer[] = [];
	doc.on('data', (chunk: Buffer) => chunks.push(chunk));
	const finished = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});

	const left = margin;
	const contentWidth = doc.page.width - 2 * margin;
	const bottom = () => doc.page.height - margin;
	let y = margin;

	const textOf = (text: PdfText) => (typeof text === 'string' ? text : text.text);
	const directionOf = (text: PdfText): Direction =>
		typeof text === 'string' ? documentDirection : localeDirection[text.lang];
	const lineHeight = (style: Style) => style.size * lineSpacing;

	function use(run: VisualRun, style: Style): void {
		doc.font(faceName(run.script, style.weight)).fontSize(style.size);
	}

	function widthOfRuns(runs: VisualRun[], style: Style): number[] {
		return runs.map((run) => {
			use(run, style);
			return doc.widthOfString(run.shaperText, { features: [] });
		});
	}

	// Wrapping measures many candidate lines: they are measured word by word (shaping and kerning do
	// not reach across spaces), and each word once.
	const wordWidths = new Map<string, number>();
	function widthOfWord(word: string, direction: Direction, style: Style): number {
		const key = `${style.weight} ${style.size} ${direction} ${word}`;
		let width = wordWidths.get(key);
		if (width === undefined) {
			width = widthOfRuns(visualRuns(word, direction), style).reduce((sum, w) => sum + w, 0);
			wordWidths.set(key, width);
		}
		return width;
	}
	const widthOfLine = (line: string, direction: Direction, style: Style) =>
		(line.match(/\S+\s*/g) ?? []).reduce((sum, word) => sum + widthOfWord(word, direction, style), 0);

	function linesOf(text: PdfText, style: Style, width: number): string[] {
		const direction = directionOf(text);
		return wrapText(textOf(text), (line) => widthOfLine(line, direction, style) <= width);
	}

	/** Where a thing `size` wide starts, from the left, in the box (`x`, `width`). */
	function startOf(size: number, direction: Direction, x: number, width: number, align: Align): number {
		if (align === 'center') return x + (width - size) / 2;
		return direction === 'rtl' ? x + width - size : x;
	}

	/** Draws one line at the current height, in the box (`x`, `width`). */
	function drawLine(
		line: string,
		direction: Direction,
		style: Style,
		x: number,
		width: number,
		top = y,
		align: Align = 'start'
	): void {
		drawRuns(line, direction, style, top + style.size * ascentShare, (total) =>
			startOf(total, direction, x, width, align)
		);
	}

	/** Draws one line on `baseline`, from where `startAt` puts a line of its width. */
	function drawRuns(
		line: string,
		direction: Direction,
		style: Style,
		baseline: number,
		startAt: (width: number) => number
	): void {
		const runs = visualRuns(line, direction);
		const missing = runs.flatMap((run) => missingGlyphs(run.logical, run.script, style.weight));
		if (missing.length > 0) {
			throw new DomainError('invalid', `No font can draw ${missing.join(' ')} in a PDF`, {
				details: { characters: missing }
			});
		}
		const widths = widthOfRuns(runs, style);
		let pen = startAt(widths.reduce((sum, w) => sum + w, 0));
		doc.fillColor(style.color);
		runs.forEach((run, index) => {
			use(run, style);
			doc.text(run.shaperText, pen, baseline, { lineBreak: false, baseline: 'alphabetic', features: [] });
			pen += widths[index];
		});
	}

	function ensureRoom(height: number): void {
		if (y + height <= bottom() || y === margin) return;
		doc.addPage();
		y = margin;
	}

	function writeBlock(
		text: PdfText,
		style: Style,
		{ indent = 0, marker, align = 'start' }: { indent?: number; marker?: string; align?: Align } = {}
	): void {
		const direction = directionOf(text);
		const width = contentWidth - indent;
		const start = direction === 'rtl' ? left : left + indent;
		linesOf(text, style, width).forEach((line, index) => {
			ensureRoom(lineHeight(style));
			if (marker && index === 0) {
				const markerStart = direction === 'rtl' ? left + contentWidth - indent : left;
				drawLine(marker, direction, style, markerStart, indent);
			}
			drawLine(line, direction, style, start, width, y, align);
			y += lineHeight(style);
		});
	}

	function cellLines(columns: PdfColumn[], row: PdfText[], style: Style): string[][] {
		return columns.map((column, index) =>
			linesOf(row[index] ?? '', style, column.share * contentWidth - 2 * cellPadding)
		);
	}

	/** Draws a table row; one that starts a new page first draws the header again (`repeatHeader`). */
	function drawRow(
		columns: PdfColumn[],
		row: PdfText[],
		style: Style,
		shaded: boolean,
		repeatHeader?: () => void
	): void {
		const lines = cellLines(columns, row, style);
		const height = Math.max(...lines.map((cell) => cell.length)) * lineHeight(style) + 2 * cellPadding;
		if (y + height > bottom() && y > margin) {
			doc.addPage();
			y = margin;
			repeatHeader?.();
		}
		let offset = 0;
		columns.forEach((column, index) => {
			const width = column.share * contentWidth;
			// The first column stands at the start edge: on the right in an Arabic document.
			const x = documentDirection === 'rtl' ? left + contentWidth - offset - width : left + offset;
			offset += width;
			if (shaded) doc.rect(x, y, width, height).fill(panel);
			doc.rect(x, y, width, height).lineWidth(0.5).stroke(rule);
			const text = row[index] ?? '';
			lines[index].forEach((line, lineIndex) => {
				drawLine(
					line,
					directionOf(text),
					style,
					x + cellPadding,
					width - 2 * cellPadding,
					y + cellPadding + lineIndex * lineHeight(style)
				);
			});
		});
		y += height;
	}

	return {
		heading(text, level = 2, align = 'start') {
			const style = level === 1 ? styles.title : level === 2 ? styles.heading : styles.subheading;
			// A heading keeps at least two lines of what follows on its page.
			ensureRoom(lineHeight(style) + 2 * lineHeight(styles.body) + style.size);
			if (y > margin) y += style.size * 0.6;
			writeBlock(text, style, { align });
		},
		paragraph(text, style = 'body', align = 'start') {
			writeBlock(text, styles[style], { align });
			y += styles[style].size * 0.4;
		},
		bullets(items, style = 'body') {
			for (const item of items) writeBlock(item, styles[style], { indent: bulletIndent, marker: '•' });
			y += styles[style].size * 0.4;
		},
		table(columns, rows) {
			const header = columns.map((column) => column.header);
			const headerStyle = { ...styles.body, weight: 'bold' } satisfies Style;
			const drawHeader = () => drawRow(columns, header, headerStyle, true);
			drawHeader();
			for (const row of rows) drawRow(columns, row, styles.body, false, drawHeader);
			y += styles.body.size;
		},
		image(png, size, align = 'start') {
			ensureRoom(size);
			doc.image(png, startOf(size, documentDirection, left, contentWidth, align), y, {
				width: size,
				height: size
			});
			y += size + styles.body.size * 0.4;
		},
		chart(svg) {
			const chart = splitSvgLabels(svg);
			const scale = Math.min(1, contentWidth / chart.width);
			const [width, height] = [chart.width * scale, chart.height * scale];
			ensureRoom(height);
			const x = startOf(width, documentDirection, left, contentWidth, 'start');
			SVGtoPDF(doc, chart.shapes, x, y, { width, height, assumePt: true });
			for (const label of chart.labels) {
				const style = { size: label.fontSize * scale, weight: 'regular', color: label.fill } satisfies Style;
				// An anchor keeps its reading-order meaning: a right-to-left label's start is its right end.
				const end = (label.anchor === 'end') === (chart.direction === 'ltr');
				const at = x + label.x * scale;
				drawRuns(label.text, chart.direction, style, y + label.y * scale, (size) =>
					label.anchor === 'middle' ? at - size / 2 : end ? at - size : at
				);
			}
			y += height + styles.body.size * 0.4;
		},
		gap(points) {
			y += points;
		},
		finish() {
			doc.end();
			return finished;
		}
	};
}
