// Reads back the PDFs the writer makes, as a PDF reader would (pdf.js), to prove what a reader sees:
// Arabic letters joined into their contextual forms and words laid out from right to left.
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { renderBarChart } from '../charts/bar-chart.js';
import { createPdf, type PdfWriter } from './document.js';

type Glyph = { unicode: string; fontChar: string };
type TextItem = { str: string; dir: string; transform: number[] };

/**
 * Text without the control characters pdf.js reports for glyphs that stand for no text (the dots
 * of Arabic letters are glyphs of their own).
 */
const printable = (text: string) => [...text].filter((char) => char.codePointAt(0)! > 0x1f).join('');

/** What pdf.js finds on the first page: its text items and the glyphs it draws, in drawing order. */
async function readFirstPage(write: (pdf: PdfWriter) => void, locale: 'en' | 'fr' | 'ar' = 'ar') {
	const pdf = createPdf({ locale, title: 'test' });
	write(pdf);
	const bytes = await pdf.finish();
	const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
	try {
		const page = await (await task.promise).getPage(1);
		const content = await page.getTextContent();
		const operators = await page.getOperatorList();
		const glyphs = operators.fnArray.flatMap((fn, index) =>
			fn === OPS.showText ? (operators.argsArray[index][0] as (Glyph | number)[]) : []
		);
		const items = (content.items as TextItem[])
			.map((item) => ({ ...item, str: printable(item.str).trim() }))
			.filter((item) => item.str !== '');
		return {
			bytes,
			items,
			/** Colours shapes are filled with. */
			fills: operators.fnArray.flatMap((fn, index) =>
				fn === OPS.setFillRGBColor ? [operators.argsArray[index][0] as string] : []
			),
			letters: glyphs.filter(
				(glyph): glyph is Glyph => typeof glyph === 'object' && printable(glyph.unicode).trim() !== ''
			)
		};
	} finally {
		await task.destroy();
	}
}

const xOf = (item: TextItem) => item.transform[4];

/** A4, in points. */
const pageWidth = 595.28;

/** Where the images of a document's first page are drawn: left edge and size, in points. */
async function imagesOnFirstPage(bytes: Buffer) {
	const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
	try {
		const page = await (await task.promise).getPage(1);
		const { fnArray, argsArray } = await page.getOperatorList();
		let matrix: number[] = [];
		const images: { x: number; width: number; height: number }[] = [];
		fnArray.forEach((fn, index) => {
			if (fn === OPS.transform) matrix = argsArray[index] as number[];
			if (fn === OPS.paintImageXObject) {
				const [width, , , height, x] = matrix;
				images.push({ x: Math.round(x * 100) / 100, width, height: Math.abs(height) });
			}
		});
		return images;
	} finally {
		await task.destroy();
	}
}

describe('PDF writer', () => {
	it('writes a PDF', async () => {
		const { bytes } = await readFirstPage((pdf) => pdf.paragraph('Hello'), 'en');
		expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	});

	it('joins Arabic letters: the same letter takes a different glyph at the start, middle and end of a word', async () => {
		const { letters } = await readFirstPage((pdf) => {
			pdf.paragraph('ببب');
			pdf.paragraph('ب');
		});
		const beh = letters.filter((glyph) => glyph.unicode === 'ب');
		expect(beh).toHaveLength(4);
		const [word, alone] = [beh.slice(0, 3), beh[3]];
		expect(new Set(word.map((glyph) => glyph.fontChar)).size).toBe(3);
		expect(word.map((glyph) => glyph.fontChar)).not.toContain(alone.fontChar);
	});

	it('lays Arabic out from right to left, with an English name and a year inside it left to right', async () => {
		const { items, letters } = await readFirstPage((pdf) => pdf.paragraph('صحة المهاجرين MIG-H (2018)'));
		// Glyphs are drawn from the left edge onwards: the last word read comes first, each Arabic word
		// from its last letter to its first, the English name as it is written.
		const reversed = (word: string) => [...word].reverse().join('');
		expect(letters.map((glyph) => glyph.unicode).join('')).toBe(
			'MIG-H(2018)' + reversed('المهاجرين') + reversed('صحة')
		);
		// pdf.js reads the first word back in reading order, on the right of the English name.
		const health = items.find((item) => item.str === 'صحة');
		const name = items.find((item) => item.str === 'MIG-H (2018)');
		expect(health?.dir).toBe('rtl');
		expect(xOf(health!)).toBeGreaterThan(xOf(name!));
	});

	it('starts English lines on the left and Arabic lines on the right', async () => {
		const english = await readFirstPage((pdf) => pdf.heading('Outline', 1), 'en');
		const arabic = await readFirstPage((pdf) => pdf.heading('مخطط', 1), 'ar');
		expect(xOf(english.items[0])).toBeLessThan(100);
		expect(xOf(arabic.items[0])).toBeGreaterThan(400);
	});

	it('writes a table and a list whose every cell can be read back', async () => {
		const { items } = await readFirstPage((pdf) => {
			pdf.table(
				[
					{ header: 'Session', share: 0.6 },
					{ header: 'Duration', share: 0.4 }
				],
				[
					['Introduction', '90 min'],
					[{ text: 'سلام', lang: 'ar' }, '45 min']
				]
			);
			pdf.bullets(['First objective', 'Second objective']);
		}, 'en');
		const text = items.map((item) => item.str);
		for (const expected of ['Session', 'Duration', 'Introduction', '90 min', 'سلام', 'First objective'])
			expect(text).toContain(expected);
	});

	it('centres a line when asked, in English and in Arabic', async () => {
		const middleOf = async (text: string, locale: 'en' | 'ar') => {
			const { items } = await readFirstPage((pdf) => pdf.paragraph(text, 'display', 'center'), locale);
			// pdf.js may read an Arabic word back in pieces: the line spans from the first to the last.
			const pieces = items as (TextItem & { width: number })[];
			const from = Math.min(...pieces.map(xOf));
			const to = Math.max(...pieces.map((piece) => xOf(piece) + piece.width));
			return (from + to) / 2;
		};
		expect(Math.abs((await middleOf('Certificate', 'en')) - pageWidth / 2)).toBeLessThan(1);
		// pdf.js measures shaped Arabic glyphs only roughly: a few points either way.
		expect(Math.abs((await middleOf('شهادة', 'ar')) - pageWidth / 2)).toBeLessThan(6);
	});

	it('draws a PNG image at the start edge, or centred', async () => {
		const png = await QRCode.toBuffer('https://mhub.example.org/certificates/7K2Q-M9XD-4TPB', {
			type: 'png'
		});
		const placed = async (locale: 'en' | 'ar', align?: 'center') => {
			const pdf = createPdf({ locale, title: 'image' });
			pdf.image(png, 100, align);
			return imagesOnFirstPage(await pdf.finish());
		};
		expect(await placed('en')).toEqual([{ x: 56, width: 100, height: 100 }]);
		expect(await placed('ar')).toEqual([{ x: pageWidth - 56 - 100, width: 100, height: 100 }]);
		expect(await placed('en', 'center')).toEqual([{ x: (pageWidth - 100) / 2, width: 100, height: 100 }]);
	});

	it(
		'draws a chart: its bars as shapes, its labels as text, the Arabic ones shaped and on the right',
		{ timeout: 30_000 },
		async () => {
			const chart = (dir: 'ltr' | 'rtl', label: string) =>
				renderBarChart([{ label, value: 40 }], {
					id: 'gain',
					title: 'Gain',
					format: (value) => `${value}%`,
					domain: [0, 100],
					dir
				});
			const english = await readFirstPage((pdf) => pdf.chart(chart('ltr', 'Hygiene')), 'en');
			const arabic = await readFirstPage((pdf) => pdf.chart(chart('rtl', 'النظافة')), 'ar');
			for (const { items, fills } of [english, arabic]) {
				expect(items.map((item) => item.str)).toEqual(expect.arrayContaining(['40%', '0%', '100%']));
				// The bar, in the charts' accent colour.
				expect(fills).toContain('#0b5394');
			}
			const label = (items: TextItem[], text: string) => items.find((item) => item.str === text)!;
			expect(xOf(label(english.items, 'Hygiene'))).toBeLessThan(pageWidth / 2);
			// The Arabic label is drawn from its last letter to its first (svg-to-pdfkit would draw it
			// first letter first, reversed on the page), on the right where the plot's labels stand.
			const arabicLetters = arabic.letters.map((glyph) => glyph.unicode).join('');
			expect(arabicLetters).toContain([...'النظافة'].reverse().join(''));
			const pieces = arabic.items.filter((item) => /\p{Script=Arabic}/u.test(item.str));
			expect(pieces.length).toBeGreaterThan(0);
			for (const piece of pieces) expect(xOf(piece)).toBeGreaterThan(pageWidth / 2);
			// The bar grows from the right edge of the plot leftwards in Arabic.
			expect(xOf(label(arabic.items, '0%'))).toBeGreaterThan(xOf(label(arabic.items, '100%')));
			expect(xOf(label(english.items, '0%'))).toBeLessThan(xOf(label(english.items, '100%')));
		}
	);

	it('goes on to new pages when the text is longer than a page', async () => {
		const pdf = createPdf({ locale: 'fr', title: 'long' });
		for (let index = 0; index < 80; index++) pdf.paragraph(`Paragraphe ${index} ${'texte '.repeat(20)}`);
		const bytes = await pdf.finish();
		const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
		expect((await task.promise).numPages).toBeGreaterThan(2);
		await task.destroy();
	});
});
