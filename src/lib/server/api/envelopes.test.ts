import { describe, expect, it } from 'vitest';
import { LocalizedTextSchema, localizedText } from './envelopes.js';

describe('LocalizedText in the API', () => {
	it('always carries English, French and Arabic, and any other language written', () => {
		const shown = localizedText({ sl: 'Zdravje migrantov', en: 'Migrant health', ti: '' });
		expect(shown).toEqual({ sl: 'Zdravje migrantov', en: 'Migrant health', fr: null, ar: null });
		expect(LocalizedTextSchema.parse(shown)).toEqual(shown);
		expect(localizedText(null)).toEqual({ en: null, fr: null, ar: null });
	});
});
