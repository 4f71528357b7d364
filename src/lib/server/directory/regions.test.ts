import { describe, expect, it } from 'vitest';
import countries from 'i18n-iso-countries';
import { regionByCountry, regionOf } from './regions.js';
import { referenceCountries } from '../reference-data.js';

describe('regions', () => {
	it('gives every ISO 3166-1 country exactly one region, and names no other code', () => {
		const iso = Object.keys(countries.getAlpha2Codes()).sort();
		expect([...regionByCountry.keys()].sort()).toEqual(iso);
	});

	it('files the programme countries where their programmes expect them', () => {
		for (const code of ['BG', 'HR', 'FR', 'GR', 'IT', 'MT', 'SI', 'ES']) expect(regionOf(code)).toBe('eu');
		expect(regionOf('NO')).toBe('eea_efta');
		expect(regionOf('RS')).toBe('candidate');
		for (const code of ['MA', 'TN', 'LY', 'EG', 'SD', 'YE']) expect(regionOf(code)).toBe('mena');
		expect(regionOf('SN')).toBe('sub_saharan_africa');
		expect(regionOf('BR')).toBe('americas');
		expect(regionOf('PK')).toBe('asia_pacific');
		expect(regionOf('GB')).toBe('other_europe');
	});

	it('counts the 27 EU member states', () => {
		expect([...regionByCountry.values()].filter((region) => region === 'eu')).toHaveLength(27);
	});
});

describe('reference countries', () => {
	it('names every country in English, French and Arabic', () => {
		const rows = referenceCountries();
		expect(rows.length).toBeGreaterThanOrEqual(249);
		for (const row of rows) {
			expect(row.name.en?.trim(), row.code).toBeTruthy();
			expect(row.name.fr?.trim(), row.code).toBeTruthy();
			expect(row.name.ar, row.code).toMatch(/[\u0600-\u06FF]/);
		}
		expect(rows.find((row) => row.code === 'GR')?.name).toEqual({ en: 'Greece', fr: 'Grèce', ar: 'اليونان' });
	});
});
