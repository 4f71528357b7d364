// The fonts MHub writes PDFs with, one family per script (scripts.ts): Google's Noto fonts under the
// SIL Open Font License, installed from npm (@expo-google-fonts packages ship each weight as a TTF
// file that fontkit reads and PDFKit embeds as a subset of the glyphs used). Resolving them as
// packages (not as files beside this module) finds them the same way in development, in tests and
// in the built app, whose server and CLI bundles leave node_modules outside.
import { openSync, type Font } from 'fontkit';
import { createRequire } from 'node:module';
import type { Script } from './scripts.js';

const require = createRequire(import.meta.url);

export type Weight = 'regular' | 'bold';

/** Each script's package and file name; Noto Sans draws Latin, Cyrillic, Greek and Devanagari. */
const families: Record<Script, { family: string; file: string; noBold?: true }> = {
	latin: { family: 'noto-sans', file: 'NotoSans' },
	devanagari: { family: 'noto-sans', file: 'NotoSans' },
	arabic: { family: 'noto-naskh-arabic', file: 'NotoNaskhArabic' },
	hebrew: { family: 'noto-sans-hebrew', file: 'NotoSansHebrew' },
	ethiopic: { family: 'noto-sans-ethiopic', file: 'NotoSansEthiopic' },
	armenian: { family: 'noto-sans-armenian', file: 'NotoSansArmenian' },
	georgian: { family: 'noto-sans-georgian', file: 'NotoSansGeorgian' },
	bengali: { family: 'noto-sans-bengali', file: 'NotoSansBengali' },
	gurmukhi: { family: 'noto-sans-gurmukhi', file: 'NotoSansGurmukhi' },
	tamil: { family: 'noto-sans-tamil', file: 'NotoSansTamil' },
	sinhala: { family: 'noto-sans-sinhala', file: 'NotoSansSinhala' },
	// Noto Sans Tifinagh comes in one weight: bold Tifinagh is drawn regular.
	tifinagh: { family: 'noto-sans-tifinagh', file: 'NotoSansTifinagh', noBold: true },
	han: { family: 'noto-sans-sc', file: 'NotoSansSC' }
};

/** The font file of a script in a weight. */
export function fontPath(script: Script, weight: Weight): string {
	const { family, file, noBold } = families[script];
	const style = weight === 'bold' && !noBold ? '700Bold' : '400Regular';
	return require.resolve(`@expo-google-fonts/${family}/${style}/${file}_${style}.ttf`);
}

/** The name a document registers a face under, and the file it reads it from. */
export const fontFaces = (Object.keys(families) as Script[]).flatMap((script) =>
	(['regular', 'bold'] as const).map((weight) => ({
		name: faceName(script, weight),
		path: fontPath(script, weight)
	}))
);

export function faceName(script: Script, weight: Weight): string {
	return `${script}-${weight}`;
}

const opened = new Map<string, Font>();

/** The font of a script in a weight, as fontkit reads it (once). */
export function fontOf(script: Script, weight: Weight): Font {
	const path = fontPath(script, weight);
	let font = opened.get(path);
	if (!font) opened.set(path, (font = openSync(path) as Font));
	return font;
}

/**
 * The characters of a run that its font has no glyph for (a PDF would show them as empty boxes):
 * letters of a script MHub has no font for, such as Japanese kana or emoji. Spaces and invisible
 * format characters (joiners, direction marks) draw nothing and are never missing.
 */
export function missingGlyphs(text: string, script: Script, weight: Weight): string[] {
	const font = fontOf(script, weight);
	const missing = [...text].filter(
		(char) => !/[\s\p{Cf}]/u.test(char) && !font.hasGlyphForCodePoint(char.codePointAt(0)!)
	);
	return [...new Set(missing)];
}

type AnchorPositioning = {
	applyAnchor(markRecord: { markAnchor: unknown }, baseAnchor: unknown, baseIndex: number): void;
};

/**
 * fontkit 2.0.4 stops with "Cannot read properties of null (reading 'xCoordinate')" on a mark whose
 * anchor is null in a font's positioning table, which OpenType allows and Noto Sans Gurmukhi has
 * (foliojs/fontkit#367, fix proposed in #374). Until a release fixes it, such a mark is left where
 * it is, as HarfBuzz does; a test writes Punjabi to prove it.
 */
function skipNullAnchors(): void {
	const font = fontOf('gurmukhi', 'regular') as unknown as {
		_layoutEngine: { engine: { GPOSProcessor: AnchorPositioning } };
	};
	const positioning = Object.getPrototypeOf(font._layoutEngine.engine.GPOSProcessor) as AnchorPositioning;
	const apply = positioning.applyAnchor;
	positioning.applyAnchor = function (markRecord, baseAnchor, baseIndex) {
		if (baseAnchor && markRecord.markAnchor) apply.call(this, markRecord, baseAnchor, baseIndex);
	};
}

skipNullAnchors();
