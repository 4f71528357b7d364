import { describe, expect, it } from 'vitest';
import { localeOfLanguage } from './languages.js';

describe('localeOfLanguage', () => {
	it('maps the ways forms name English, French and Arabic', () => {
		expect(
			['English (en)', 'Français (fr)', 'Arabic (ar)', 'fr', 'french', 'العربية', 'English (en-GB)'].map(
				localeOfLanguage
			)
		).toEqual(['en', 'fr', 'ar', 'fr', 'fr', 'ar', 'en']);
	});

	it('maps ODK’s `Name (code)`, bare codes and names of every language of the catalogue', () => {
		expect(
			[
				'Dari (prs)',
				'ትግርኛ (ti)',
				'Slovenščina (sl)',
				'Español (es)',
				'Kurdish (kmr)',
				'Sorani (ckb)',
				'prs',
				'ti',
				'Dari',
				'dari',
				'Tigrinya',
				'Slovenscina',
				'slovène',
				'الدارية',
				'Central Kurdish',
				'Francais'
			].map(localeOfLanguage)
		).toEqual([
			'fa-AF',
			'ti',
			'sl',
			'es',
			'ku',
			'ckb',
			'fa-AF',
			'ti',
			'fa-AF',
			'fa-AF',
			'ti',
			'sl',
			'sl',
			'fa-AF',
			'ckb',
			'fr'
		]);
	});

	it('knows no language outside the catalogue', () => {
		expect(['Esperanto (eo)', 'eo', 'Klingon', 'tlh', 'English'.repeat(3)].map(localeOfLanguage)).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
			undefined
		]);
	});
});
