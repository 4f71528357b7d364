import { describe, expect, it } from 'vitest';
import {
	autonym,
	contentLanguageName,
	contentLanguageOf,
	contentLanguageTags,
	contentLanguagesByName,
	interfaceLocaleFor,
	isContentLanguage,
	languageDirection
} from './content-languages.js';
import { localeDirection } from './localized.js';

describe('the catalogue of content languages', () => {
	it('holds about 80 distinct tags, each in its canonical form', () => {
		expect(contentLanguageTags.length).toBeGreaterThanOrEqual(75);
		expect(new Set(contentLanguageTags).size).toBe(contentLanguageTags.length);
		for (const tag of contentLanguageTags) expect(Intl.getCanonicalLocales(tag)[0]).toBe(tag);
	});

	it('has the EU official languages, the MENA region and the migrants’ languages the issue names', () => {
		const eu = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' ');
		const others =
			'nb ar he fa tr ku ckb tzm kab zgh fa-AF ps ti so ur uk ru am ta bn pa hi sq sr bs mk ka hy wo ln sw ha yo zh vi';
		for (const tag of [...eu, ...others.split(' ')]) expect(isContentLanguage(tag), tag).toBe(true);
		expect(isContentLanguage('tlh')).toBe(false);
		expect(isContentLanguage(undefined)).toBe(false);
	});

	it('names every language in English, French, Arabic and itself, never by its code', () => {
		for (const tag of contentLanguageTags) {
			// Node's ICU has the language's own data, so its name in itself is not a fallback.
			expect(Intl.DisplayNames.supportedLocalesOf([tag]), tag).toHaveLength(1);
			for (const reader of ['en', 'fr', 'ar', tag]) {
				const name = contentLanguageName(tag, reader);
				expect(name, `${tag} in ${reader}`).not.toBe(tag);
				expect(name.length, `${tag} in ${reader}`).toBeGreaterThan(1);
			}
		}
		expect(['fa-AF', 'ti', 'sl', 'ckb'].map((tag) => contentLanguageName(tag, 'en'))).toEqual([
			'Dari',
			'Tigrinya',
			'Slovenian',
			'Central Kurdish'
		]);
		expect(contentLanguageName('fa-AF', 'fr')).toBe('dari');
		expect(contentLanguageName('ti', 'ar')).toBe('التغرينية');
		expect(['fa-AF', 'ti', 'sl', 'el', 'fr'].map(autonym)).toEqual([
			'دری',
			'ትግርኛ',
			'Slovenščina',
			'Ελληνικά',
			'Français'
		]);
	});

	it('knows which languages are written right to left', () => {
		const rightToLeft = contentLanguageTags.filter((tag) => languageDirection(tag) === 'rtl');
		expect(rightToLeft.sort()).toEqual(['ar', 'ckb', 'fa', 'fa-AF', 'he', 'pa-Arab', 'ps', 'ug', 'ur', 'yi']);
		expect(localeDirection['fa-AF']).toBe('rtl');
		expect(localeDirection.ti).toBe('ltr');
	});

	it('reads aliases, other cases and more precise tags as the catalogue’s tag', () => {
		expect(
			['prs', 'kmr', 'EN', 'fa_AF', 'en-GB', 'sr-Latn-RS', 'sr-Cyrl', 'fra', 'tir'].map(contentLanguageOf)
		).toEqual(['fa-AF', 'ku', 'en', 'fa-AF', 'en', 'sr-Latn', 'sr', 'fr', 'ti']);
		expect(['eo', 'tlh', 'not a tag', ''].map(contentLanguageOf)).toEqual([
			undefined,
			undefined,
			undefined,
			undefined
		]);
	});

	it("shows a page's own words in the content language when MHub speaks it, else in English", () => {
		expect(['fr', 'ar', 'en', 'fa-AF', 'ti', 'sl'].map(interfaceLocaleFor)).toEqual([
			'fr',
			'ar',
			'en',
			'en',
			'en',
			'en'
		]);
		expect(interfaceLocaleFor('fr-CA')).toBe('fr');
	});

	it('sorts the catalogue by name in the reader’s language', () => {
		const inEnglish = contentLanguagesByName('en');
		expect(inEnglish).toHaveLength(contentLanguageTags.length);
		expect(inEnglish.indexOf('fa-AF')).toBeLessThan(inEnglish.indexOf('en'));
		expect(contentLanguagesByName('fr')[0]).toBe('ak');
	});
});
