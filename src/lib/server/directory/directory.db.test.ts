import { beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { useTestDatabase } from '../testing/database.js';
import { actor, refusal } from '../testing/fixtures.js';
import { publicActor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { organisation, person } from '../db/schema/directory.js';
import { getCountry, listCountries } from './countries.js';
import {
	archiveOrganisation,
	createOrganisation,
	getOrganisation,
	listOrganisationCountries,
	listOrganisations,
	restoreOrganisation,
	updateOrganisation
} from './organisations.js';
import {
	archivePerson,
	createPerson,
	getPerson,
	listPeople,
	listPeopleCountries,
	updatePerson
} from './people.js';
import { getDirectorySummary } from './summary.js';

useTestDatabase();

const admin = actor('test-user', { role: 'administrator', scope: { kind: 'platform' } });
const coordinator = actor('test-user', {
	role: 'programme_coordinator',
	scope: { kind: 'programme', programmeId: '00000000-0000-4000-8000-000000000001' }
});
const focalGreece = actor('test-user', {
	role: 'country_focal_point',
	scope: { kind: 'countries', countryCodes: ['GR'] }
});
const trainer = actor('test-user', { role: 'trainer', scope: { kind: 'platform' } });

async function rowCounts() {
	const [[organisations], [people]] = await Promise.all([
		db().select({ n: count() }).from(organisation),
		db().select({ n: count() }).from(person)
	]);
	return { organisations: organisations.n, people: people.n };
}

let athens: string;
let valletta: string;
let brussels: string;

beforeAll(async () => {
	athens = (
		await createOrganisation(admin, {
			name: { en: 'Ministry of Health', fr: 'Ministère de la Santé', ar: 'وزارة الصحة' },
			acronym: 'MoH-GR',
			type: 'ministry',
			countryCode: 'GR',
			website: 'https://www.moh.gov.gr'
		})
	).id;
	valletta = (
		await createOrganisation(admin, {
			name: { en: 'Ministry for Health and Active Ageing' },
			type: 'ministry',
			countryCode: 'MT'
		})
	).id;
	brussels = (
		await createOrganisation(admin, {
			name: { en: 'European Commission, DG SANTE' },
			type: 'donor',
			countryCode: null
		})
	).id;
	for (const [fullName, countryCodes] of [
		['Eleni Georgiou', ['GR']],
		['Nikos Papadakis', ['GR']],
		['Maria Vella', ['MT']],
		['Dimitra Camilleri', ['GR', 'MT']],
		['Ana Horvat', ['HR']]
	] as const) {
		await createPerson(admin, { fullName, countryCodes, profession: 'physician' });
	}
});

describe('countries', () => {
	it('holds every ISO country with names in three languages, readable by the public', async () => {
		const greece = await getCountry(publicActor, 'gr');
		expect(greece).toEqual({ code: 'GR', name: { en: 'Greece', fr: 'Grèce', ar: 'اليونان' }, region: 'eu' });
		const all = await listCountries(publicActor, { pageSize: 100 });
		expect(all.total).toBeGreaterThanOrEqual(249);
		expect(all.rows).toHaveLength(100);
	});

	it('finds countries by a name in any language, by code, and filters by region', async () => {
		const found = await listCountries(publicActor, { q: 'Maroc' });
		expect(found.rows.map((row) => row.code)).toEqual(['MA']);
		expect((await listCountries(publicActor, { q: 'مالطا' })).rows.map((row) => row.code)).toEqual(['MT']);
		expect((await listCountries(publicActor, { q: 'Egipt' })).rows[0].code).toBe('EG');
		expect((await listCountries(publicActor, { q: 'mt' })).rows[0].code).toBe('MT');
		const mena = await listCountries(publicActor, { region: 'mena', pageSize: 100 });
		expect(mena.rows.map((row) => row.code)).toEqual(
			expect.arrayContaining(['MA', 'TN', 'LY', 'EG', 'SD', 'YE'])
		);
		expect(mena.rows.every((row) => row.region === 'mena')).toBe(true);
	});

	it('leaves out look-alikes when a name is found as typed', async () => {
		const codes = (await listCountries(publicActor, { q: 'greece' })).rows.map((row) => row.code);
		expect(codes).toEqual(['GR']);
	});

	it("sorts by name in the reader's language", async () => {
		const french = await listCountries(publicActor, { region: 'mena', locale: 'fr', pageSize: 100 });
		const names = french.rows.map((row) => row.name.fr!);
		expect(names).toEqual([...names].sort(new Intl.Collator('fr').compare));
	});

	it('answers not_found for an unknown code', async () => {
		await expect(getCountry(publicActor, 'XX')).rejects.toThrow(refusal('not_found'));
		await expect(getCountry(publicActor, 'Greece')).rejects.toThrow(refusal('not_found'));
	});
});

describe('organisations', () => {
	it('lists only Greek and international organisations for the Greek focal point, counted in SQL', async () => {
		const page = await listOrganisations(focalGreece, {});
		expect(page.rows.map((row) => row.id).sort()).toEqual([athens, brussels].sort());
		expect(page.total).toBe(2);
		expect((await listOrganisations(admin, {})).total).toBe(3);
	});

	it('pages through results with a total that ignores the page', async () => {
		const first = await listOrganisations(admin, { pageSize: 2, page: 1 });
		const second = await listOrganisations(admin, { pageSize: 2, page: 2 });
		expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 });
		expect(first.rows).toHaveLength(2);
		expect(second.rows).toHaveLength(1);
		expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(3);
	});

	it('finds an organisation by a misspelled name, best match first', async () => {
		const page = await listOrganisations(admin, { q: 'Minstry of Helth' });
		expect(page.rows[0].id).toBe(athens);
		expect(page.rows.map((row) => row.id)).not.toContain(brussels);
		expect((await listOrganisations(admin, { q: 'sante' })).rows.map((row) => row.id)).toContain(brussels);
		expect((await listOrganisations(admin, { q: 'وزارة' })).rows.map((row) => row.id)).toEqual([athens]);
		expect((await listOrganisations(admin, { q: 'zzzz qqqq' })).total).toBe(0);
	});

	it('filters by type, country and region', async () => {
		expect((await listOrganisations(admin, { type: 'donor' })).rows.map((row) => row.id)).toEqual([brussels]);
		expect((await listOrganisations(admin, { country: 'mt' })).rows.map((row) => row.id)).toEqual([valletta]);
		expect((await listOrganisations(admin, { region: 'eu' })).total).toBe(2);
	});

	it('offers as country filters only the countries of organisations the actor can read', async () => {
		expect((await listOrganisationCountries(focalGreece, 'en')).map((row) => row.code)).toEqual(['GR']);
		expect((await listOrganisationCountries(admin, 'fr')).map((row) => row.name.fr)).toEqual([
			'Grèce',
			'Malte'
		]);
	});

	it('joins the country name', async () => {
		const row = await getOrganisation(admin, athens);
		expect(row.countryName).toEqual({ en: 'Greece', fr: 'Grèce', ar: 'اليونان' });
		expect(row).not.toHaveProperty('searchText');
	});

	it('refuses the Greek focal point a Maltese record as forbidden, not as missing', async () => {
		await expect(getOrganisation(focalGreece, valletta)).rejects.toThrow(refusal('forbidden'));
		await expect(updateOrganisation(focalGreece, valletta, { acronym: 'X' })).rejects.toThrow(
			refusal('forbidden')
		);
		await expect(archiveOrganisation(focalGreece, valletta)).rejects.toThrow(refusal('forbidden'));
		expect((await getOrganisation(admin, valletta)).acronym).toBeNull();
	});

	it('lets the Greek focal point read an international organisation but not change it', async () => {
		expect((await getOrganisation(focalGreece, brussels)).id).toBe(brussels);
		await expect(updateOrganisation(focalGreece, brussels, { acronym: 'DG SANTE' })).rejects.toThrow(
			refusal('forbidden')
		);
	});

	it('does not let the Greek focal point create or move an organisation outside Greece', async () => {
		const before = await rowCounts();
		await expect(
			createOrganisation(focalGreece, { name: { en: 'Maltese NGO' }, type: 'ngo', countryCode: 'MT' })
		).rejects.toThrow(refusal('forbidden', { countryCode: ['country_outside_scope'] }));
		await expect(
			createOrganisation(focalGreece, { name: { en: 'Global NGO' }, type: 'ngo', countryCode: null })
		).rejects.toThrow(refusal('forbidden'));
		await expect(updateOrganisation(focalGreece, athens, { countryCode: 'MT' })).rejects.toThrow(
			refusal('forbidden', { countryCode: ['country_outside_scope'] })
		);
		expect(await rowCounts()).toEqual(before);
		expect((await getOrganisation(admin, athens)).countryCode).toBe('GR');
	});

	it('refuses the public and other roles', async () => {
		await expect(listOrganisations(publicActor, {})).rejects.toThrow(refusal('unauthenticated'));
		await expect(listOrganisations(trainer, {})).rejects.toThrow(refusal('forbidden'));
		await expect(getOrganisation(trainer, athens)).rejects.toThrow(refusal('forbidden'));
	});

	it('creates, changes, archives and restores an organisation', async () => {
		const created = await createOrganisation(focalGreece, {
			name: { en: '  Hellenic Red Cross ', fr: '', ar: 'الصليب الأحمر اليوناني' },
			type: 'ngo',
			countryCode: 'gr',
			website: 'https://www.redcross.gr',
			description: { en: '', fr: '' }
		});
		expect(created).toMatchObject({
			name: { en: 'Hellenic Red Cross', ar: 'الصليب الأحمر اليوناني' },
			countryCode: 'GR',
			description: null,
			archivedAt: null
		});
		const changed = await updateOrganisation(coordinator, created.id, {
			acronym: 'HRC',
			website: '',
			description: { fr: 'Société nationale de la Croix-Rouge' }
		});
		expect(changed).toMatchObject({
			name: { en: 'Hellenic Red Cross', ar: 'الصليب الأحمر اليوناني' },
			acronym: 'HRC',
			website: null,
			description: { fr: 'Société nationale de la Croix-Rouge' }
		});
		const archived = await archiveOrganisation(focalGreece, created.id);
		expect(archived.archivedAt).toBeInstanceOf(Date);
		expect((await listOrganisations(admin, { q: 'red cross' })).total).toBe(0);
		expect((await listOrganisations(admin, { q: 'red cross', includeArchived: 'true' })).total).toBe(1);
		expect((await restoreOrganisation(focalGreece, created.id)).archivedAt).toBeNull();
		expect((await listOrganisations(admin, { q: 'red cross' })).total).toBe(1);
	});

	it('refuses invalid input field by field and saves nothing', async () => {
		const before = await rowCounts();
		await expect(
			createOrganisation(admin, {
				name: { en: ' ', fr: '' },
				type: 'club',
				countryCode: 'Greece',
				website: 'javascript:alert(1)'
			})
		).rejects.toThrow(
			refusal('invalid', {
				name: ['localized_required'],
				type: ['invalid_choice'],
				countryCode: ['invalid_country'],
				website: ['invalid_website']
			})
		);
		await expect(
			createOrganisation(admin, { name: { en: 'Somewhere' }, type: 'ngo', countryCode: 'XX' })
		).rejects.toThrow(refusal('invalid', { countryCode: ['unknown_country'] }));
		await expect(updateOrganisation(admin, athens, { name: { en: '' } })).rejects.toThrow(
			refusal('invalid', { name: ['localized_required'] })
		);
		expect(await rowCounts()).toEqual(before);
		expect((await getOrganisation(admin, athens)).name.en).toBe('Ministry of Health');
	});

	it('answers not_found for an unknown or malformed identifier', async () => {
		await expect(getOrganisation(admin, '00000000-0000-4000-8000-000000000000')).rejects.toThrow(
			refusal('not_found')
		);
		await expect(getOrganisation(admin, 'not-an-id')).rejects.toThrow(refusal('not_found'));
	});
});

describe('people', () => {
	it('lists only people who work in Greece for the Greek focal point, counted in SQL', async () => {
		const page = await listPeople(focalGreece, {});
		expect(page.rows.map((row) => row.fullName).sort()).toEqual([
			'Dimitra Camilleri',
			'Eleni Georgiou',
			'Nikos Papadakis'
		]);
		expect(page.total).toBe(3);
		const paged = await listPeople(focalGreece, { pageSize: 1, page: 2 });
		expect(paged).toMatchObject({ total: 3, page: 2 });
		expect(paged.rows).toHaveLength(1);
	});

	it('offers as country filters only the countries where people the actor can read work', async () => {
		expect((await listPeopleCountries(focalGreece, 'en')).map((row) => row.code)).toEqual(['GR', 'MT']);
		expect((await listPeopleCountries(admin, 'en')).map((row) => row.code)).toEqual(['HR', 'GR', 'MT']);
	});

	it('finds a person by a misspelled name and filters by country and region', async () => {
		expect((await listPeople(admin, { q: 'Papadakes' })).rows[0].fullName).toBe('Nikos Papadakis');
		expect((await listPeople(admin, { country: 'MT' })).rows.map((row) => row.fullName).sort()).toEqual([
			'Dimitra Camilleri',
			'Maria Vella'
		]);
		expect((await listPeople(admin, { region: 'eu' })).total).toBe(5);
		expect((await listPeople(admin, { region: 'mena' })).total).toBe(0);
	});

	it('lets the Greek focal point read a person who works in Greece and Malta, not one only in Malta', async () => {
		const [both] = (await listPeople(admin, { q: 'Dimitra Camilleri' })).rows;
		const [maltese] = (await listPeople(admin, { q: 'Maria Vella' })).rows;
		expect((await getPerson(focalGreece, both.id)).countries.map((c) => c.code)).toEqual(['GR', 'MT']);
		await expect(getPerson(focalGreece, maltese.id)).rejects.toThrow(refusal('forbidden'));
		await expect(updatePerson(focalGreece, maltese.id, { jobTitle: 'x' })).rejects.toThrow(
			refusal('forbidden')
		);
		await expect(archivePerson(focalGreece, maltese.id)).rejects.toThrow(refusal('forbidden'));
	});

	it('creates a person with their organisation, and records when they consented to be contacted', async () => {
		const created = await createPerson(focalGreece, {
			fullName: 'Sofia Andreou',
			email: 'S.Andreou@Example.org',
			organisationId: athens,
			countryCodes: ['GR'],
			profession: 'nurse',
			languages: ['el', 'EN', 'el'],
			expertise: ['mental_health', 'communicable_diseases'],
			isContactConsented: true
		});
		expect(created).toMatchObject({
			email: 's.andreou@example.org',
			organisationName: { en: 'Ministry of Health', fr: 'Ministère de la Santé', ar: 'وزارة الصحة' },
			countries: [{ code: 'GR', name: { en: 'Greece', fr: 'Grèce', ar: 'اليونان' } }],
			languages: ['el', 'en'],
			expertise: ['communicable_diseases', 'mental_health'],
			isContactConsented: true
		});
		const consentedAt = created.contactConsentedAt;
		expect(consentedAt).toBeInstanceOf(Date);

		const kept = await updatePerson(focalGreece, created.id, {
			jobTitle: 'Head nurse',
			isContactConsented: true
		});
		expect(kept.contactConsentedAt).toEqual(consentedAt);
		const withdrawn = await updatePerson(focalGreece, created.id, { isContactConsented: false });
		expect(withdrawn).toMatchObject({
			isContactConsented: false,
			contactConsentedAt: null,
			jobTitle: 'Head nurse'
		});
		expect((await listPeople(admin, { organisation: athens })).rows.map((row) => row.id)).toEqual([
			created.id
		]);
		expect((await listPeople(admin, { language: 'el', expertise: 'mental_health' })).total).toBe(1);
	});

	it('does not let the Greek focal point place a person outside Greece, nor attach a Maltese organisation', async () => {
		const before = await rowCounts();
		await expect(
			createPerson(focalGreece, { fullName: 'X', countryCodes: ['MT'], profession: 'nurse' })
		).rejects.toThrow(refusal('forbidden', { countryCodes: ['country_outside_scope'] }));
		await expect(createPerson(focalGreece, { fullName: 'X', profession: 'nurse' })).rejects.toThrow(
			refusal('forbidden')
		);
		await expect(
			createPerson(focalGreece, {
				fullName: 'X',
				countryCodes: ['GR'],
				organisationId: valletta,
				profession: 'nurse'
			})
		).rejects.toThrow(refusal('invalid', { organisationId: ['unknown_organisation'] }));
		const [greek] = (await listPeople(admin, { q: 'Eleni Georgiou' })).rows;
		await expect(updatePerson(focalGreece, greek.id, { countryCodes: ['MT'] })).rejects.toThrow(
			refusal('forbidden')
		);
		expect((await getPerson(admin, greek.id)).countryCodes).toEqual(['GR']);
		expect(await rowCounts()).toEqual(before);
	});

	it('refuses invalid input field by field and saves nothing', async () => {
		const before = await rowCounts();
		await expect(
			createPerson(admin, {
				fullName: '   ',
				email: 'not an email',
				countryCodes: ['GR', 'XYZ'],
				profession: 'astronaut',
				languages: ['greek'],
				expertise: ['cooking']
			})
		).rejects.toThrow(
			refusal('invalid', {
				fullName: ['required'],
				email: ['invalid_email'],
				'countryCodes.1': ['invalid_country'],
				profession: ['invalid_choice'],
				'languages.0': ['invalid_language'],
				'expertise.0': ['invalid_choice']
			})
		);
		await expect(
			createPerson(admin, { fullName: 'Someone', countryCodes: ['QQ'], profession: 'nurse' })
		).rejects.toThrow(refusal('invalid', { countryCodes: ['unknown_country'] }));
		expect(await rowCounts()).toEqual(before);
	});
});

describe('summary', () => {
	it('counts what each actor can open', async () => {
		expect(await getDirectorySummary(publicActor)).toEqual({ countries: expect.any(Number) });
		const greek = await getDirectorySummary(focalGreece);
		const everything = await getDirectorySummary(admin);
		expect(greek.organisations).toBe((await listOrganisations(focalGreece, {})).total);
		expect(greek.people).toBe((await listPeople(focalGreece, {})).total);
		expect(everything.people).toBe((await listPeople(admin, {})).total);
		expect(everything.people).toBeGreaterThan(greek.people!);
	});
});
