// Every script of the content-language catalogue, written into a PDF and read back as a reader
// would (pdf.js): the language's own name (its autonym, from CLDR through Intl.DisplayNames) comes
// back, and the shaper drew no letter as the font's empty box (.notdef, glyph 0).
import { describe, expect, it } from 'vitest';
import {
	autonym,
	contentLanguageTags,
	languageDirection,
	type ContentLocale
} from '../../i18n/content-languages.js';
import { DomainError } from '../errors.js';
import { pdfText } from '../testing/pdf-text.js';
import { visualRuns } from './bidi.js';
import { createPdf } from './document.js';
import { fontOf } from './fonts.js';

/** One language per script of the catalogue (Intl.Locale(tag).maximize().script). */
const samples: Record<string, ContentLocale> = {
	Latn: 'vi',
	Cyrl: 'ru',
	Grek: 'el',
	Arab: 'ar',
	Hebr: 'he',
	Ethi: 'ti',
	Armn: 'hy',
	Geor: 'ka',
	Deva: 'hi',
	Beng: 'bn',
	Taml: 'ta',
	Guru: 'pa',
	Sinh: 'si',
	Tfng: 'zgh',
	Hans: 'zh'
};

async function textOf(tag: ContentLocale, text: string): Promise<string> {
	const pdf = createPdf({ locale: tag, title: text });
	pdf.heading(text, 1);
	pdf.paragraph(text);
	return pdfText(await pdf.finish());
}

/**
 * The letters of a text, sorted: pdf.js reads Indic vowel signs in the order they are drawn (the
 * Hindi "ि" before its consonant), and Arabic words in pieces, so the test compares which letters
 * come back, each as many times as written.
 */
const letters = (text: string) =>
	[...text.normalize('NFC')]
		.filter((char) => !/[\s\p{Cc}\p{Cf}]/u.test(char))
		.sort()
		.join('');

describe('scripts in PDFs', () => {
	it('has a sample for every script of the catalogue', () => {
		const scripts = new Set(contentLanguageTags.map((tag) => new Intl.Locale(tag).maximize().script));
		expect([...scripts].sort()).toEqual(Object.keys(samples).sort());
	});

	it.each(Object.entries(samples))('writes %s (%s): its autonym comes back from the PDF', async (_, tag) => {
		const name = autonym(tag);
		expect(name).not.toBe(tag);
		const text = await textOf(tag, name);
		expect(letters(text)).toBe(letters(name + name));
	});

	it.each(Object.entries(samples))('shapes %s (%s) with no missing glyph', (_, tag) => {
		for (const run of visualRuns(autonym(tag), languageDirection(tag))) {
			for (const weight of ['regular', 'bold'] as const) {
				const { glyphs } = fontOf(run.script, weight).layout(run.shaperText);
				expect(glyphs.map((glyph) => glyph.id)).not.toContain(0);
			}
		}
	});

	it("writes every catalogue language's name in its own script", { timeout: 60_000 }, async () => {
		const pdf = createPdf({ locale: 'en', title: 'Languages' });
		for (const tag of contentLanguageTags) pdf.paragraph({ text: autonym(tag), lang: tag });
		expect((await pdf.finish()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
	});

	it('draws the arrows, ≤ and Hake’s ⟨g⟩ of the evaluation’s sentences, in English and in Arabic', async () => {
		const english = await textOf('en', 'Pre-test → post-test: ⟨g⟩ (exact when n ≤ 20)');
		// The full-width angle brackets stand apart from the g: a reader puts spaces there.
		expect(english).toMatch(/Pre-test → post-test: 〈 ?g ?〉 \(exact when n ≤ 20\)/);
		const arabic = await textOf('ar', 'الاختبار القبلي ← البعدي ⟨g⟩');
		expect(arabic).toContain('←');
		expect(arabic).toMatch(/〈 ?g ?〉|〉 ?g ?〈/);
	});

	it('refuses, naming them, characters no font can draw instead of printing empty boxes', () => {
		const pdf = createPdf({ locale: 'en', title: 'Japanese' });
		const refusal = (() => {
			try {
				pdf.paragraph('Name: ひらがな');
			} catch (error) {
				return error;
			}
		})();
		expect(refusal).toBeInstanceOf(DomainError);
		expect((refusal as DomainError).details).toEqual({ characters: ['ひ', 'ら', 'が', 'な'] });
	});
});
