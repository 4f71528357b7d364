import { describe, expect, it } from 'vitest';
import { nameWithAcronym } from './name-with-acronym.js';

describe('nameWithAcronym', () => {
	it('names an organisation or programme as "Name (ACRONYM)" in the reader’s language', () => {
		const programme = { name: { en: 'Migrant health', fr: 'Santé des migrants' }, acronym: 'MIG-H' };
		expect(nameWithAcronym(programme, 'fr')).toBe('Santé des migrants (MIG-H)');
		expect(nameWithAcronym(programme, 'ar')).toBe('Migrant health (MIG-H)');
	});

	it('leaves the acronym out when there is none or the name already holds it', () => {
		expect(nameWithAcronym({ name: { en: 'Ministry of Health' }, acronym: null }, 'en')).toBe(
			'Ministry of Health'
		);
		expect(nameWithAcronym({ name: { en: 'WHO Europe' }, acronym: 'WHO' }, 'en')).toBe('WHO Europe');
	});
});
