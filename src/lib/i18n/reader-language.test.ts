import { describe, expect, it } from 'vitest';
import { acceptedContentLanguages, readerLanguage } from './reader-language.js';

describe('the reader’s language for an owner’s texts', () => {
	it('reads an Accept-Language header in order of preference, catalogue languages only', () => {
		expect(acceptedContentLanguages('sl-SI,sl;q=0.9,en;q=0.8,tlh;q=0.7')).toEqual(['sl', 'en']);
		expect(acceptedContentLanguages('en;q=0.5, prs')).toEqual(['fa-AF', 'en']);
		expect(acceptedContentLanguages('fr;q=0, de')).toEqual(['de']);
		expect(acceptedContentLanguages(null)).toEqual([]);
	});

	it('prefers what the browser asks for before MHub’s interface languages, then the interface chosen', () => {
		const declared = ['sl', 'en'] as const;
		// MHub's interface has no Slovenian: a Slovenian reader chose English, and reads Slovenian texts.
		expect(readerLanguage({ chosen: 'en', accepted: ['sl'], interface: 'en' }, declared)).toBe('sl');
		expect(readerLanguage({ chosen: 'fr', accepted: ['de', 'sl'], interface: 'fr' }, declared)).toBe('sl');
		expect(readerLanguage({ chosen: 'en', accepted: ['de'], interface: 'en' }, declared)).toBe('en');
		// Choosing French on MHub wins over a browser that asks for English, then Slovenian.
		const threeOf = ['en', 'fr', 'sl'] as const;
		expect(readerLanguage({ chosen: 'fr', accepted: ['en', 'sl'], interface: 'fr' }, threeOf)).toBe('fr');
		// Nothing the owner declares: the interface language, and pickLocalized falls back from there.
		expect(readerLanguage({ chosen: 'ar', accepted: ['de'], interface: 'ar' }, declared)).toBe('ar');
	});
});
