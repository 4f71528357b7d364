// Cutting a paragraph into lines that fit a width, in reading order (before any reordering for
// right-to-left text, which happens line by line).

/**
 * The lines of `paragraph`, each as long as `fits` allows: lines break between words, and a word
 * too long for a line of its own (a web address) is cut between characters. Line breaks in the
 * text are kept; runs of spaces at a break are dropped.
 */
export function wrapText(paragraph: string, fits: (line: string) => boolean): string[] {
	return paragraph.split(/\r?\n/).flatMap((hardLine) => {
		const lines: string[] = [];
		let line = '';
		for (const word of hardLine.match(/\S+\s*/g) ?? []) {
			const candidate = line + word;
			if (fits(candidate.trimEnd())) {
				line = candidate;
				continue;
			}
			if (line !== '') lines.push(line.trimEnd());
			line = '';
			for (const piece of cutWord(word.trimEnd(), fits)) {
				if (line !== '') lines.push(line);
				line = piece;
			}
			line += word.slice(word.trimEnd().length);
		}
		if (line.trim() !== '') lines.push(line.trimEnd());
		return lines.length > 0 ? lines : [''];
	});
}

/** A word as pieces that each fit (at least one character each, even when one does not fit). */
function cutWord(word: string, fits: (line: string) => boolean): string[] {
	const pieces: string[] = [];
	let piece = '';
	for (const char of word) {
		if (piece !== '' && !fits(piece + char)) {
			pieces.push(piece);
			piece = '';
		}
		piece += char;
	}
	if (piece !== '') pieces.push(piece);
	return pieces;
}
