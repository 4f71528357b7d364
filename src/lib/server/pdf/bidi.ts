// One line of text as the runs a PDF draws from left to right, for text that mixes right-to-left
// (Arabic, Hebrew) and left-to-right (Latin, numbers) writing, and scripts that need fonts of their
// own (scripts.ts).
//
// The PDF library shapes each run with fontkit, which joins Arabic letters and lays out a run whose
// script is Arabic or Hebrew from right to left, but knows nothing of the Unicode bidirectional algorithm:
// given a whole line it would reverse the English words and numbers inside Arabic text too. So the
// line is cut here into runs of one direction (bidi-js resolves the levels and their visual order),
// mirrored characters are mirrored ("(" in Arabic text opens to the left), and each run is handed
// over in the order that makes the shaper's own reversal come out right.
import bidiFactory from 'bidi-js';
import { continues, scriptOf, shapedRightToLeft, withStandIns, type Script } from './scripts.js';

const bidi = bidiFactory();

export type Direction = 'ltr' | 'rtl';

export type VisualRun = {
	/** The run's characters in logical (reading) order, mirrored where the run is right to left. */
	logical: string;
	/** What to give the shaper so that its glyphs come out in visual order. */
	shaperText: string;
	rtl: boolean;
	script: Script;
};

const reversed = (text: string) => [...text].reverse().join('');

/**
 * The runs of one line (no line breaks inside), left to right as they are drawn, in a paragraph of
 * `direction`.
 */
export function visualRuns(text: string, direction: Direction): VisualRun[] {
	if (text === '') return [];
	const line = withStandIns(text);
	const embedding = bidi.getEmbeddingLevels(line, direction);
	const mirrors = bidi.getMirroredCharactersMap(line, embedding.levels);
	const order = Array.from({ length: line.length }, (_, index) => index);
	for (const [start, end] of bidi.getReorderSegments(line, embedding)) {
		order.splice(start, end - start + 1, ...order.slice(start, end + 1).reverse());
	}

	// Consecutive characters on screen that belong together: same level, same script (so same font),
	// and next to each other in the text as well.
	const groups: { from: number; to: number; level: number; script: Script }[] = [];
	for (const index of order) {
		const level = embedding.levels[index];
		const last = groups.at(-1);
		const step = level % 2 === 1 ? -1 : 1;
		const belongs =
			last &&
			last.level === level &&
			continues(line[index], last.script) &&
			index === (step === 1 ? last.to + 1 : last.from - 1);
		if (belongs) {
			if (step === 1) last.to = index;
			else last.from = index;
		} else {
			groups.push({ from: index, to: index, level, script: scriptOf(line[index]) });
		}
	}

	return groups.map(({ from, to, level, script }) => {
		const rtl = level % 2 === 1;
		let logical = '';
		for (let index = from; index <= to; index++) logical += mirrors.get(index) ?? line[index];
		const shaperReverses = shapedRightToLeft.test(logical);
		return { logical, shaperText: rtl === shaperReverses ? logical : reversed(logical), rtl, script };
	});
}
