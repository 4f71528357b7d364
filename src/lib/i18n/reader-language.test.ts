import { describe, expect, it } from 'vitest';
import { acceptedContentLanguages, readerLanguage } from './reader-language.js';

describe('the reader’s language for an owner’s texts', () => {
	it('reads an Accept-Language header in order of preference, catalogue languages only', () => {
		expect(acceptedContentLanguages('sl-SI,sl;q=0.9,en;q=0.8,tlh;q=0.7')).toEqual(['sl', 'en']);
		expect(acceptedContentLanguages('en;q=0.5, prs')).toEqual(['fa-AF', 'en']);
		expect(acceptedContentLanguages('fr;q=0, de')).toEqual(['de']);
		expect(acceptedContentLanguages(null)).toEqual([]);
	});

	it('prefers the language chosen on MHub, then the browser’s, when the owner declares it', () => {
		const declared = ['sl', 'en'] as const;
		expect(readerLanguage({ chosen: 'en', accepted: ['sl'], interface: 'en' }, declared)).toBe('en');
		expect(readerLanguage({ chosen: 'fr', accepted: ['de', 'sl'], interface: 'fr' }, declared)).toBe('sl');
		// Nothing the owner declares: the interface language, and pickLocalized falls back from there.
		expect(readerLanguage({ chosen: 'ar', accepted: ['de'], interface: 'ar' }, declared)).toBe('ar');
	});
});
