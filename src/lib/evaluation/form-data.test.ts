import { describe, expect, it } from 'vitest';
import { scoreEntryFrom } from './form-data.js';

describe('the score grid’s form', () => {
	it('gathers the cells and attempts per person and ignores other fields', () => {
		const entry = scoreEntryFrom({
			mode: 'items',
			'scores.a.first': '2',
			'scores.a.dose': '1',
			'scores.b.first': '',
			'attempts.a': '1',
			'scores.a': 'x',
			'scores.a.b.c': 'x',
			other: 'x'
		});
		expect(entry).toEqual({
			mode: 'items',
			scores: { a: { first: '2', dose: '1' }, b: { first: '' } },
			attempts: { a: '1' }
		});
	});

	it('keeps a key named like a prototype as a plain key', () => {
		const entry = scoreEntryFrom({ '__proto__.x': '1', 'scores.__proto__.polluted': '1' });
		expect(Object.keys(entry.scores)).toEqual(['__proto__']);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});
