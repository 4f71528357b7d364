import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { invalidFields } from '../server/testing/fixtures.js';
import { languageCodes, languageName } from '../i18n/languages.js';
import { SearchQuerySchema } from '../validation/common.js';
import {
	CountryListQuerySchema,
	OrganisationCreateSchema,
	OrganisationListQuerySchema,
	OrganisationUpdateSchema,
	PersonCreateSchema,
	PersonListQuerySchema,
	PersonUpdateSchema
} from './schemas.js';

/** The field errors a refused input gets, as parseInput reports them to forms and the API. */
describe('OrganisationCreateSchema', () => {
	it('accepts a complete organisation, trimming text and dropping blank languages', () => {
		expect(
			OrganisationCreateSchema.parse({
				name: { en: ' Ministry of Health ', fr: '', ar: 'وزارة الصحة' },
				acronym: '  ',
				type: 'ministry',
				countryCode: 'gr',
				website: 'https://www.moh.gov.gr/',
				description: { en: '  ' }
			})
		).toEqual({
			name: { en: 'Ministry of Health', ar: 'وزارة الصحة' },
			acronym: null,
			type: 'ministry',
			countryCode: 'GR',
			website: 'https://www.moh.gov.gr/',
			description: null
		});
	});

	it('accepts an international organisation, with no country', () => {
		expect(
			OrganisationCreateSchema.parse({
				name: { fr: 'OIM' },
				type: 'international_organisation',
				countryCode: ''
			})
		).toMatchObject({ countryCode: null });
	});

	it('refuses bad input with a message key per field', () => {
		expect(
			invalidFields(OrganisationCreateSchema, {
				name: { en: '', fr: ' ', ar: '' },
				acronym: 'A'.repeat(31),
				type: 'club',
				countryCode: 'Greece',
				website: 'ftp://example.org',
				description: { en: 42 }
			})
		).toEqual({
			name: ['localized_required'],
			acronym: ['too_long'],
			type: ['invalid_choice'],
			countryCode: ['invalid_country'],
			website: ['invalid_website'],
			'description.en': ['invalid_text']
		});
	});

	it('asks for the name and the type when they are missing', () => {
		expect(invalidFields(OrganisationCreateSchema, {})).toEqual({ name: ['required'], type: ['required'] });
	});

	it('accepts only http and https web addresses', () => {
		for (const website of ['javascript:alert(1)', 'www.example.org', 'mailto:a@example.org', 'http://'])
			expect(invalidFields(OrganisationCreateSchema, { name: { en: 'X' }, type: 'ngo', website })).toEqual({
				website: ['invalid_website']
			});
	});

	it('never accepts a name that is blank in every language (property)', () => {
		const blank = fc.constantFrom('', ' ', '\t', '  \n ');
		fc.assert(
			fc.property(blank, blank, blank, (en, fr, ar) => {
				const result = OrganisationCreateSchema.safeParse({ name: { en, fr, ar }, type: 'ngo' });
				return !result.success && result.error.issues.some((issue) => issue.message === 'localized_required');
			})
		);
	});
});

describe('OrganisationUpdateSchema', () => {
	it('leaves out what is not sent, and clears what is sent blank', () => {
		expect(OrganisationUpdateSchema.parse({ acronym: 'IOM' })).toEqual({ acronym: 'IOM' });
		expect(OrganisationUpdateSchema.parse({ website: '', countryCode: null })).toEqual({
			website: null,
			countryCode: null
		});
	});

	it('still refuses a name blank in every language', () => {
		expect(invalidFields(OrganisationUpdateSchema, { name: { en: ' ' } })).toEqual({
			name: ['localized_required']
		});
	});
});

describe('PersonCreateSchema', () => {
	it('accepts a person, normalising codes and removing repeats', () => {
		expect(
			PersonCreateSchema.parse({
				fullName: ' Eleni Georgiou ',
				email: ' Eleni.G@Example.ORG ',
				organisationId: '',
				countryCodes: ['gr', 'MT', 'GR'],
				profession: 'nurse',
				jobTitle: '',
				languages: ['EL', 'en', 'el'],
				expertise: ['mental_health', 'mental_health'],
				isContactConsented: true
			})
		).toEqual({
			fullName: 'Eleni Georgiou',
			email: 'eleni.g@example.org',
			organisationId: null,
			countryCodes: ['GR', 'MT'],
			profession: 'nurse',
			jobTitle: null,
			languages: ['el', 'en'],
			expertise: ['mental_health'],
			isContactConsented: true
		});
	});

	it('refuses bad input with a message key per field', () => {
		expect(
			invalidFields(PersonCreateSchema, {
				fullName: '',
				email: 'eleni at example',
				organisationId: 'Ministry of Health',
				countryCodes: 'GR',
				profession: 'wizard',
				languages: ['greek', 'el'],
				expertise: ['cooking'],
				isContactConsented: 'maybe'
			})
		).toEqual({
			fullName: ['required'],
			email: ['invalid_email'],
			organisationId: ['unknown_organisation'],
			countryCodes: ['invalid_country'],
			profession: ['invalid_choice'],
			'languages.0': ['invalid_language'],
			'expertise.0': ['invalid_choice'],
			isContactConsented: ['invalid_choice']
		});
	});

	it('asks for the name and the profession when they are missing', () => {
		expect(invalidFields(PersonCreateSchema, {})).toEqual({
			fullName: ['required'],
			profession: ['required']
		});
	});

	it('refuses too many countries', () => {
		const many = Array.from({ length: 31 }, (_, i) => String.fromCharCode(65 + (i % 26)) + 'A');
		expect(
			invalidFields(PersonCreateSchema, { fullName: 'X', profession: 'nurse', countryCodes: many })
		).toEqual({
			countryCodes: ['too_many']
		});
	});
});

describe('PersonUpdateSchema', () => {
	it('changes only what is sent', () => {
		expect(PersonUpdateSchema.parse({ jobTitle: 'Head nurse' })).toEqual({ jobTitle: 'Head nurse' });
	});
});

describe('list queries', () => {
	it('defaults to the first page of 25, in English order, without archived records', () => {
		expect(OrganisationListQuerySchema.parse({})).toEqual({
			page: 1,
			pageSize: 25,
			locale: 'en',
			includeArchived: false
		});
	});

	it('reads query-string values', () => {
		expect(
			PersonListQuerySchema.parse({
				q: ' papadakis ',
				page: '3',
				pageSize: '100',
				country: 'gr',
				region: 'eu',
				profession: 'nurse',
				expertise: 'mental_health',
				language: 'EL',
				includeArchived: 'true',
				locale: 'ar'
			})
		).toEqual({
			q: 'papadakis',
			page: 3,
			pageSize: 100,
			country: 'GR',
			region: 'eu',
			profession: 'nurse',
			expertise: 'mental_health',
			language: 'el',
			includeArchived: true,
			locale: 'ar'
		});
	});

	it('refuses pages out of range and unknown filters', () => {
		expect(
			invalidFields(OrganisationListQuerySchema, { page: '0', pageSize: '101', type: 'club', region: 'mars' })
		).toEqual({
			page: ['invalid_page'],
			pageSize: ['invalid_page_size'],
			type: ['invalid_choice'],
			region: ['invalid_choice']
		});
		expect(invalidFields(CountryListQuerySchema, { page: 'two', locale: 'de' })).toEqual({
			page: ['invalid_page'],
			locale: ['invalid_choice']
		});
	});
});

describe('searches', () => {
	it('look for what was typed, trimmed, in any script', () => {
		for (const q of ['Nadia', 'Université', 'سارة الحسيني', "O'Brien-Smith", '100% (draft)'])
			expect(SearchQuerySchema.parse({ q: ` ${q}\n` })).toEqual({ q });
	});

	it('refuse control characters with a field error, in every query that takes free text', () => {
		for (const q of ['\0', 'gr\0', 'a\u0001b', 'a\tb', 'a\u007fb', 'a\u0085b'])
			for (const schema of [
				SearchQuerySchema,
				CountryListQuerySchema,
				OrganisationListQuerySchema,
				PersonListQuerySchema
			])
				expect(invalidFields(schema, { q })).toEqual({ q: ['control_characters'] });
	});

	it('refuse control characters whatever else the text holds (property)', () => {
		const text = fc.string({ maxLength: 90 });
		fc.assert(
			fc.property(text, fc.integer({ min: 0, max: 0x1f }), text, (before, code, after) => {
				const q = `x${before}${String.fromCharCode(code)}${after}x`;
				expect(SearchQuerySchema.safeParse({ q }).success).toBe(false);
			})
		);
	});
});

describe('closed lists', () => {
	it('holds only real ISO 639-1 codes', () => {
		expect(languageCodes.size).toBeGreaterThanOrEqual(183);
		for (const code of languageCodes) expect(languageName(code, 'en'), code).not.toBe(code);
		expect(languageName('el', 'fr')).toBe('grec');
	});
});
