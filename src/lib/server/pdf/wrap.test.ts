import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap.js';

/** A line fits when it has at most `width` characters. */
const upTo = (width: number) => (line: string) => [...line].length <= width;

describe('wrapping text into lines', () => {
	it('breaks between words and keeps line breaks of the text', () => {
		expect(wrapText('one two three\nfour', upTo(8))).toEqual(['one two', 'three', 'four']);
	});

	it('cuts a word longer than a line between characters', () => {
		expect(wrapText('see https://example.org/x', upTo(10))).toEqual(['see', 'https://ex', 'ample.org/', 'x']);
	});

	it('keeps an empty paragraph as one empty line', () => {
		expect(wrapText('', upTo(5))).toEqual(['']);
	});

	it('loses no word and makes no line longer than the width', () => {
		const word = fc.stringMatching(/^[a-zصحة]{1,12}$/);
		fc.assert(
			fc.property(
				fc.array(word, { minLength: 1, maxLength: 30 }),
				fc.integer({ min: 1, max: 20 }),
				(words, width) => {
					const lines = wrapText(words.join(' '), upTo(width));
					expect(lines.every(upTo(width))).toBe(true);
					expect(lines.join('').replace(/\s/g, '')).toBe(words.join(''));
				}
			)
		);
	});
});
