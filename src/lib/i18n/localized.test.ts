import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contentLocales, missingLocales, pickLocalized, type Localized } from './localized.js';

describe('pickLocalized', () => {
	it("gives the reader's language when present", () => {
		expect(pickLocalized({ en: 'Ministry of Health', fr: 'Ministère de la Santé' }, 'fr')).toEqual({
			text: 'Ministère de la Santé',
			locale: 'fr',
			isFallback: false
		});
	});

	it('falls back to English, then French, then Arabic, and says so', () => {
		expect(pickLocalized({ fr: 'Bonjour', en: 'Hello' }, 'ar')).toEqual({
			text: 'Hello',
			locale: 'en',
			isFallback: true
		});
		expect(pickLocalized({ ar: 'مرحبا', fr: 'Bonjour' }, 'en')).toMatchObject({
			text: 'Bonjour',
			locale: 'fr'
		});
		expect(pickLocalized({ ar: 'مرحبا' }, 'fr')).toMatchObject({
			text: 'مرحبا',
			locale: 'ar',
			isFallback: true
		});
	});

	it("falls back to the owner's declared languages first, then to any language present", () => {
		const dariAndTigrinya = { 'fa-AF': 'سلام', ti: 'ሰላም' };
		expect(pickLocalized(dariAndTigrinya, 'en', ['ti', 'fa-AF'])).toEqual({
			text: 'ሰላም',
			locale: 'ti',
			isFallback: true
		});
		expect(pickLocalized({ ...dariAndTigrinya, en: 'Hello' }, 'fr', ['fa-AF'])).toMatchObject({
			locale: 'fa-AF'
		});
		expect(pickLocalized({ ...dariAndTigrinya, en: 'Hello' }, 'ar')).toMatchObject({ locale: 'en' });
		expect(pickLocalized({ sl: 'Pozdravljeni' }, 'en')).toMatchObject({ text: 'Pozdravljeni', locale: 'sl' });
		expect(pickLocalized({ sl: 'Pozdravljeni', ti: 'ሰላም' }, 'ti', ['sl'])).toMatchObject({
			locale: 'ti',
			isFallback: false
		});
	});

	it('treats blank text as missing', () => {
		expect(pickLocalized({ fr: '   ', en: 'Hello' }, 'fr')).toMatchObject({ locale: 'en' });
		expect(pickLocalized({ en: ' ' }, 'en')).toBeUndefined();
		expect(pickLocalized(null, 'en')).toBeUndefined();
	});

	it('always returns a present text when any exists', () => {
		const text = fc.option(fc.string(), { nil: undefined });
		fc.assert(
			fc.property(
				fc.record({ en: text, fr: text, ar: text }),
				fc.constantFrom(...contentLocales),
				(value, reader) => {
					const picked = pickLocalized(value as Localized, reader);
					const present = contentLocales.filter((l) => value[l]?.trim());
					if (present.length === 0) return picked === undefined;
					return (
						picked !== undefined &&
						(present as string[]).includes(picked.locale) &&
						picked.isFallback === (picked.locale !== reader)
					);
				}
			)
		);
	});
});

describe('missingLocales', () => {
	it('lists the languages without text', () => {
		expect(missingLocales({ en: 'Hello', fr: '' })).toEqual(['fr', 'ar']);
		expect(missingLocales(undefined)).toEqual(['en', 'fr', 'ar']);
	});
});
