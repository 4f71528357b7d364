import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesWhole, patternProblem } from './pattern.js';

/** The pattern and the answer that kept the server busy for 6 s with JavaScript's engine. */
const catastrophic = '^([A-Za-z]+ ?)+$';

describe('a question pattern', () => {
	// The time limit only guards against a hang; matching is linear (see the bench for speed).
	it('answers at once on input that makes a backtracking engine run for ages', { timeout: 5_000 }, () => {
		expect(patternProblem(catastrophic)).toBeUndefined();
		expect(matchesWhole(catastrophic, 'a'.repeat(28) + '!')).toBe(false);
		expect(matchesWhole(catastrophic, 'Aa'.repeat(500) + '!')).toBe(false);
		expect(matchesWhole(catastrophic, 'Nadia Benali')).toBe(true);
		expect(matchesWhole('(a|aa)+b', 'a'.repeat(1_000))).toBe(false);
	});

	it('refuses what is not a regular expression, and what RE2 cannot run', () => {
		for (const source of ['[', '(a', 'a{2,1}', '*'])
			expect(patternProblem(source), source).toBe('invalid_pattern');
		for (const source of ['(a)\\1', '(?=\\d)\\w+', '(?!x)\\w', '(?<=a)b', '(?<!a)b', 'a{1001}'])
			expect(patternProblem(source), source).toBe('unsupported_pattern');
	});

	it('matches the whole answer, in JavaScript syntax, Unicode included', () => {
		expect(matchesWhole('[A-Z]{3}\\d', 'ABC1')).toBe(true);
		expect(matchesWhole('[A-Z]{3}\\d', 'xABC1')).toBe(false);
		expect(matchesWhole('a|b', 'ab')).toBe(false);
		expect(matchesWhole('\\+?[0-9 ]{6,20}', '+33 6 12 34 56 78')).toBe(true);
		expect(matchesWhole('\\p{L}+', 'سارة')).toBe(true);
		expect(matchesWhole('\\u00e9t\\u00e9', 'été')).toBe(true);
		expect(matchesWhole('(?<year>\\d{4})-\\d{2}', '2026-05')).toBe(true);
		expect(matchesWhole('.', '😀')).toBe(true);
	});

	it('accepts and refuses answers as JavaScript would, for patterns both can run (property)', () => {
		const patterns = [
			'[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}',
			'[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}',
			'\\d{1,3}(?:\\.\\d{1,3}){3}',
			'(?:[01]\\d|2[0-3]):[0-5]\\d',
			'[^\\s]+(?: [^\\s]+)*',
			'\\w+\\b.*'
		];
		const answer = fc.stringMatching(/^[a-zA-Z0-9 .@:%+-]{0,30}$/);
		fc.assert(
			fc.property(fc.constantFrom(...patterns), answer, (pattern, text) => {
				expect(matchesWhole(pattern, text)).toBe(new RegExp(`^(?:${pattern})$`, 'u').test(text));
			})
		);
	});

	it('checks nothing with a pattern saved before RE2 ran them, rather than refusing every answer', () => {
		expect(matchesWhole('(a)\\1', 'anything')).toBe(true);
	});
});
