import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../testing/database.js';
import { actor } from '../testing/fixtures.js';
import { createDemoDirectory, demoDirectorySize } from '../demo/directory.js';
import { listOrganisations } from './organisations.js';
import { listPeople } from './people.js';

useTestDatabase();

const admin = actor('u', { role: 'administrator', scope: { kind: 'platform' } });
const focalPoint = (code: string) =>
	actor('u', { role: 'country_focal_point', scope: { kind: 'countries', countryCodes: [code] } });

const programmeCountries = [
	'BG',
	'HR',
	'FR',
	'GR',
	'IT',
	'MT',
	'NO',
	'RS',
	'SI',
	'ES',
	'MA',
	'TN',
	'LY',
	'EG',
	'SD',
	'YE'
];

beforeAll(createDemoDirectory);

describe('demo directory', () => {
	it('loads every organisation and person', async () => {
		expect((await listOrganisations(admin, { pageSize: 100 })).total).toBe(demoDirectorySize.organisations);
		expect((await listPeople(admin, { pageSize: 100 })).total).toBe(demoDirectorySize.people);
		expect(demoDirectorySize.people).toBeGreaterThanOrEqual(40);
	});

	it('has people in each of the sixteen programme countries', async () => {
		for (const country of programmeCountries)
			expect((await listPeople(admin, { country })).total, country).toBeGreaterThan(0);
	});

	it('names the real partners and finds them despite typos', async () => {
		for (const [query, acronym] of [
			['Internatonal Organisation for Migration', 'IOM'],
			['Zusammenarbeit', 'GIZ'],
			['London School of Hygene', 'LSHTM'],
			['école nationale de santé publique', 'ENSP'],
			['DELM', 'DELM'],
			['DG SANTE', 'DG SANTE'],
			['ASPHER', 'ASPHER']
		])
			expect((await listOrganisations(admin, { q: query })).rows[0]?.acronym, query).toBe(acronym);
	});

	it('gives the Greek and Maltese focal points several records each, and a shared colleague', async () => {
		const greek = await listPeople(focalPoint('GR'), { pageSize: 100 });
		const maltese = await listPeople(focalPoint('MT'), { pageSize: 100 });
		expect(greek.total).toBeGreaterThanOrEqual(5);
		expect(maltese.total).toBeGreaterThanOrEqual(5);
		const shared = greek.rows.filter((row) => maltese.rows.some((other) => other.id === row.id));
		expect(shared.map((row) => row.fullName)).toContain('Hanna Keller');
		expect((await listOrganisations(focalPoint('MT'), { country: 'MT' })).rows[0].name.en).toBe(
			'Ministry for Health and Active Ageing (Malta)'
		);
	});

	it('mixes people who consented to be contacted, with the date, and people who did not', async () => {
		const { rows } = await listPeople(admin, { pageSize: 100 });
		const consented = rows.filter((row) => row.isContactConsented);
		expect(consented.length).toBeGreaterThan(10);
		expect(rows.length - consented.length).toBeGreaterThan(10);
		expect(consented.every((row) => row.contactConsentedAt instanceof Date)).toBe(true);
	});
});
