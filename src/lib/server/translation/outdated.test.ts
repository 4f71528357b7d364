import { describe, expect, it } from 'vitest';
import { confirmedUnits, outdatedUnits, sourceHash } from './outdated.js';
import type { TextUnit } from './units.js';
import { readXliff, writeXliff } from './xliff.js';

const unit = (id: string, text: TextUnit['text']): TextUnit => ({ id, text, maxLength: 500, note: id });
const units = [
	unit('a', { en: 'Did you get help?', sl: 'Ste dobili pomoč?' }),
	unit('b', { en: 'Which help?', sl: 'Kakšno pomoč?' }),
	unit('c', { en: 'Thank you', sl: 'Hvala' }),
	unit('d', { en: 'Not yet translated' })
];
const languages = { source: 'en', target: 'sl' } as const;

describe('outdated translations', () => {
	it('hash the source with its language, spaces aside', () => {
		expect(sourceHash('en', 'Did  you\nget help? ')).toBe(sourceHash('en', 'Did you get help?'));
		expect(sourceHash('fr', 'Did you get help?')).not.toBe(sourceHash('en', 'Did you get help?'));
	});

	it('are those translated from a source that changed since; one without a record is never marked', () => {
		const recorded = new Map([
			['a', sourceHash('en', 'Did you get help?')],
			['b', sourceHash('en', 'What help?')],
			['d', sourceHash('en', 'Was translated, then removed')]
		]);
		expect(outdatedUnits(units, languages, recorded)).toEqual(new Set(['b']));
		expect(outdatedUnits(units, languages, new Map())).toEqual(new Set());
	});

	it('are marked for review in XLIFF, and the state is read back', () => {
		const xliff = writeXliff(units, languages, 'mhub:survey/1', new Set(['b']));
		expect(xliff).toContain('<target state="needs-review-translation">Kakšno pomoč?</target>');
		expect(xliff).toContain('<target state="translated">Hvala</target>');
		expect(readXliff(xliff).file?.units.find((read) => read.id === 'b')).toMatchObject({
			state: 'needs-review-translation'
		});
	});

	it('are cleared by a changed text or a confirming state, not by a text sent back unchanged', () => {
		const texts = new Map([
			['a', 'Ste prejeli pomoč?'],
			['b', 'Kakšno pomoč?'],
			['c', 'Hvala'],
			['d', 'Še ni prevedeno']
		]);
		const fileUnits = [
			{ id: 'a', source: '', target: 'Ste prejeli pomoč?', state: 'needs-review-translation' },
			{ id: 'b', source: '', target: 'Kakšno pomoč?', state: 'needs-review-translation' },
			{ id: 'c', source: '', target: 'Hvala', state: 'final' },
			{ id: 'd', source: '', target: 'Še ni prevedeno' }
		];
		expect(confirmedUnits(units, fileUnits, 'sl', texts)).toEqual(['a', 'c', 'd']);
		// A spreadsheet has no state: its unchanged texts keep what was known.
		const withoutState = fileUnits.map(({ id, source, target }) => ({ id, source, target }));
		expect(confirmedUnits(units, withoutState, 'sl', texts)).toEqual(['a', 'd']);
	});
});
