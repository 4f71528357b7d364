import { describe, expect, it } from 'vitest';
import { parseInput } from '../server/validate.js';
import { eventFields, eventInput, quotaRowsShown } from './form-data.js';
import { EventInputSchema } from './schemas.js';

/** What the event form posts, as formValues() reads it. */
const posted = {
	kind: 'regional_school',
	'title.en': 'Winter school',
	'title.fr': 'École d’hiver',
	'title.ar': '',
	startsOn: '2026-02-02',
	endsOn: '2026-02-04',
	timeZone: 'Africa/Casablanca',
	isOnline: 'no',
	city: 'Rabat',
	countryCode: 'MA',
	language: 'fr',
	capacity: '50',
	quotaCountry: ['MA', 'TN', ''],
	quotaCountryPlaces: ['10', '8', ''],
	quotaCategory: ['student', ''],
	quotaCategoryPlaces: ['12', ''],
	trainerCertificateIds: [],
	facilitatorIds: ['user-1'],
	registrationOpensAt: '2026-01-05T09:00',
	requiresApproval: 'yes'
};

describe('the event form', () => {
	it('posts rows of quotas and texts in several languages that the schema reads', () => {
		const input = eventInput(posted);
		expect(input).toMatchObject({
			title: { en: 'Winter school', fr: 'École d’hiver', ar: '' },
			countryQuotas: [
				{ countryCode: 'MA', places: '10' },
				{ countryCode: 'TN', places: '8' },
				{ countryCode: '', places: '' }
			],
			categoryQuotas: [
				{ category: 'student', places: '12' },
				{ category: '', places: '' }
			]
		});
		expect(input).not.toHaveProperty('quotaCountry');
		const event = parseInput(EventInputSchema, input);
		expect(event.countryQuotas).toHaveLength(2);
		expect(event.requiresApproval).toBe(true);
	});

	it('shows a saved event as it was posted, and offers blank quota rows', () => {
		const event = parseInput(EventInputSchema, eventInput(posted));
		const fields = eventFields({
			...event,
			languages: ['sl', 'en'],
			trainers: [],
			facilitators: [{ userId: 'user-1' }]
		});
		expect(fields.languages).toEqual(['sl', 'en']);
		expect(fields).toMatchObject({
			'title.en': 'Winter school',
			'title.ar': '',
			capacity: '50',
			quotaCountry: ['MA', 'TN'],
			quotaCountryPlaces: ['10', '8'],
			registrationOpensAt: '2026-01-05T09:00',
			registrationClosesAt: '',
			requiresApproval: 'yes',
			isPublished: undefined,
			facilitatorIds: ['user-1']
		});
		expect(parseInput(EventInputSchema, eventInput(fields))).toEqual({ ...event, languages: ['sl', 'en'] });
		expect(quotaRowsShown(fields, { countryCode: 'quotaCountry', places: 'quotaCountryPlaces' }, 2)).toEqual([
			{ countryCode: 'MA', places: '10' },
			{ countryCode: 'TN', places: '8' },
			{ countryCode: '', places: '' },
			{ countryCode: '', places: '' }
		]);
	});
});
