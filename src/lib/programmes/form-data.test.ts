import { describe, expect, it } from 'vitest';
import { programmeFields, programmeInput } from './form-data.js';
import { ProgrammeSchema } from './schemas.js';
import type { ContentLocale } from '../i18n/localized.js';

const record = {
	name: { en: 'MIG-H Training', fr: 'Formation MIG-H' },
	languages: ['en', 'fr', 'ar'] as ContentLocale[],
	acronym: 'MIG-H',
	funderId: null,
	coordinatorId: '3f2b8c1e-6d4a-4b7e-9a1c-2e5f8d7b6a90',
	technicalLeadId: null,
	startsOn: '2017-12-01',
	endsOn: '2019-02-28',
	objectives: null,
	sdgs: [3, 17],
	contactName: null,
	contactEmail: 'contact@example.org',
	partners: [
		{ organisationId: '4f2b8c1e-6d4a-4b7e-9a1c-2e5f8d7b6a90', role: { en: 'Curriculum', ar: 'المنهج' } }
	],
	countries: [{ countryCode: 'SI', participation: 'pilot', trainingsTarget: 2 }],
	peopleTargets: [{ countryCode: 'SI', profession: 'nurse', people: 10 }]
};

describe('programme form', () => {
	it('shows a programme in the form and reads it back as the same programme', () => {
		const fields = programmeFields(record);
		expect(fields).toMatchObject({
			'name.en': 'MIG-H Training',
			'partners.0.role.ar': 'المنهج',
			'countries.0.trainingsTarget': '2'
		});
		const parsed = ProgrammeSchema.parse(programmeInput(fields));
		expect(parsed).toMatchObject({
			name: record.name,
			acronym: 'MIG-H',
			funderId: null,
			sdgs: [3, 17],
			partners: [
				{ organisationId: record.partners[0].organisationId, role: { en: 'Curriculum', ar: 'المنهج' } }
			],
			countries: record.countries,
			peopleTargets: record.peopleTargets
		});
	});

	it('drops the blank rows a form shows for adding', () => {
		const input = programmeInput({
			...programmeFields(record),
			'countries.1.countryCode': '',
			'countries.1.participation': '',
			'countries.1.trainingsTarget': '',
			'partners.1.organisationId': ''
		});
		expect(input.countries).toHaveLength(1);
		expect(input.partners).toHaveLength(1);
	});

	it('offers and reads back exactly the programme’s declared languages, in partners’ roles too', () => {
		const slovenian = {
			...record,
			name: { sl: 'Usposabljanje MIG-H', en: 'MIG-H Training' },
			languages: ['sl', 'en'] as ContentLocale[],
			partners: [{ organisationId: record.partners[0].organisationId, role: { sl: 'Učni načrt' } }]
		};
		const fields = programmeFields(slovenian);
		expect(Object.keys(fields).filter((key) => key.startsWith('name.'))).toEqual(['name.sl', 'name.en']);
		expect(fields['partners.0.role.sl']).toBe('Učni načrt');
		const parsed = ProgrammeSchema.parse(programmeInput(fields));
		expect(parsed).toMatchObject({
			name: slovenian.name,
			languages: ['sl', 'en'],
			partners: [{ role: { sl: 'Učni načrt' } }]
		});
	});
});
