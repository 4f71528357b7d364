import { describe, expect, it } from 'vitest';
import { localeOfLanguage } from './languages.js';

describe('localeOfLanguage', () => {
	it('maps the ways forms name English, French and Arabic', () => {
		expect(
			['English (en)', 'Français (fr)', 'Arabic (ar)', 'fr', 'french', 'العربية', 'English (en-GB)'].map(
				localeOfLanguage
			)
		).toEqual(['en', 'fr', 'ar', 'fr', 'fr', 'ar', 'en']);
		expect(localeOfLanguage('Español (es)')).toBeUndefined();
	});
});
