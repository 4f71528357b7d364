import { describe, expect, it } from 'vitest';
import { invalidFields } from '../server/testing/fixtures.js';
import { parseInput } from '../server/validate.js';
import { AgendaItemInputSchema, EventInputSchema, EventListQuerySchema } from './schemas.js';

/** What a form sends for a two-day Training of Trainers in Athens. */
const athens = {
	kind: 'training_of_trainers',
	title: { en: 'Training of Trainers', fr: '', ar: '' },
	startsOn: '2026-10-12',
	endsOn: '2026-10-13',
	timeZone: 'Europe/Athens',
	isOnline: 'no',
	venue: 'Hotel Titania',
	city: 'Athens',
	countryCode: 'gr',
	language: 'en',
	capacity: '30'
};

/** The field errors `input` is refused with. */
const refusal = (input: unknown, schema: Parameters<typeof parseInput>[0] = EventInputSchema) =>
	invalidFields(schema, input);

describe('an event', () => {
	it('is read from form text: numbers, yes/no answers, country codes, blank optional fields', () => {
		const event = parseInput(EventInputSchema, { ...athens, onlineUrl: '', programmeId: '' });
		expect(event).toMatchObject({
			kind: 'training_of_trainers',
			title: { en: 'Training of Trainers' },
			countryCode: 'GR',
			capacity: 30,
			isOnline: false,
			onlineUrl: null,
			programmeId: null,
			countryQuotas: [],
			categoryQuotas: [],
			completionAttendancePercent: 80,
			requiresApproval: false,
			isPublished: false,
			registrationOpensAt: null
		});
	});

	it('may last one day but cannot end before it starts', () => {
		expect(parseInput(EventInputSchema, { ...athens, endsOn: athens.startsOn }).endsOn).toBe('2026-10-12');
		expect(refusal({ ...athens, endsOn: '2026-10-11' })).toEqual({ endsOn: ['ends_before_start'] });
		expect(refusal({ ...athens, startsOn: '12/10/2026' })).toEqual({ startsOn: ['invalid_date'] });
	});

	it('held on site needs a city and a country; online, a link, and keeps no venue', () => {
		expect(refusal({ ...athens, city: ' ', countryCode: '' })).toEqual({
			city: ['required'],
			countryCode: ['required']
		});
		expect(refusal({ ...athens, isOnline: 'yes' })).toEqual({ onlineUrl: ['required'] });
		expect(refusal({ ...athens, isOnline: 'yes', onlineUrl: 'meet.example.org' })).toEqual({
			onlineUrl: ['invalid_website']
		});
		const online = parseInput(EventInputSchema, {
			...athens,
			isOnline: 'yes',
			onlineUrl: 'https://meet.example.org/tot',
			countryCode: ''
		});
		expect(online).toMatchObject({ isOnline: true, venue: null, city: null, countryCode: null });
	});

	it('has quotas of countries and categories: blank rows dropped, half-filled and repeated rows refused', () => {
		const event = parseInput(EventInputSchema, {
			...athens,
			countryQuotas: [
				{ countryCode: 'GR', places: '10' },
				{ countryCode: '', places: '' },
				{ countryCode: 'mt', places: '5' }
			],
			categoryQuotas: [{ category: 'social_worker', places: '8' }]
		});
		expect(event.countryQuotas).toEqual([
			{ countryCode: 'GR', places: 10 },
			{ countryCode: 'MT', places: 5 }
		]);
		expect(event.categoryQuotas).toEqual([{ category: 'social_worker', places: 8 }]);

		expect(
			refusal({
				...athens,
				countryQuotas: [
					{ countryCode: 'GR', places: '' },
					{ countryCode: '', places: '3' },
					{ countryCode: 'MT', places: '0' },
					{ countryCode: 'gr', places: '2' }
				],
				categoryQuotas: [{ category: 'astronaut', places: '2' }]
			})
		).toEqual({
			'countryQuotas.0.places': ['required'],
			'countryQuotas.1.countryCode': ['required'],
			'countryQuotas.2.places': ['invalid_places'],
			'countryQuotas.3.countryCode': ['duplicate_row'],
			'categoryQuotas.0.category': ['invalid_choice']
		});
	});

	it('cannot keep more places in quotas than it has', () => {
		const quotas = {
			countryQuotas: [
				{ countryCode: 'GR', places: '20' },
				{ countryCode: 'MT', places: '11' }
			],
			categoryQuotas: [{ category: 'academic', places: '30' }]
		};
		expect(refusal({ ...athens, ...quotas })).toEqual({ countryQuotas: ['quotas_over_capacity'] });
		expect(parseInput(EventInputSchema, { ...athens, ...quotas, capacity: '' }).capacity).toBeNull();
		expect(refusal({ ...athens, capacity: '0' })).toEqual({ capacity: ['invalid_places'] });
	});

	it('reads the registration window in its own time zone, and it must close after it opens', () => {
		const event = parseInput(EventInputSchema, {
			...athens,
			registrationOpensAt: '2026-09-01T09:00',
			registrationClosesAt: '2026-10-05T18:00'
		});
		expect(event.registrationOpensAt?.toISOString()).toBe('2026-09-01T06:00:00.000Z');
		expect(event.registrationClosesAt?.toISOString()).toBe('2026-10-05T15:00:00.000Z');
		expect(
			refusal({
				...athens,
				registrationOpensAt: '2026-09-01T09:00',
				registrationClosesAt: '2026-09-01T09:00'
			})
		).toEqual({ registrationClosesAt: ['closes_before_opens'] });
		expect(refusal({ ...athens, timeZone: 'Europe/Atlantis' })).toEqual({ timeZone: ['invalid_time_zone'] });
	});

	it('cascades from a Training of Trainers only when it is a pilot or a rollout', () => {
		const tot = '0f1e2d3c-4b5a-4978-8877-665544332211';
		const certificate = '11111111-2222-4333-8444-555555555555';
		expect(
			parseInput(EventInputSchema, {
				...athens,
				kind: 'pilot_training',
				totEventId: tot,
				trainerCertificateIds: [certificate, certificate]
			})
		).toMatchObject({ totEventId: tot, trainerCertificateIds: [certificate] });
		expect(refusal({ ...athens, totEventId: tot, trainerCertificateIds: [certificate] })).toEqual({
			totEventId: ['tot_only_for_cascade'],
			trainerCertificateIds: ['tot_only_for_cascade']
		});
		expect(refusal({ ...athens, kind: 'rollout_training', trainerCertificateIds: [certificate] })).toEqual({
			totEventId: ['required']
		});
	});

	it('says which required fields are missing and which choices are unknown', () => {
		expect(refusal({})).toEqual(
			expect.objectContaining({
				kind: ['required'],
				title: ['required'],
				startsOn: ['required'],
				language: ['required']
			})
		);
		expect(refusal({ ...athens, kind: 'party', completionAttendancePercent: '120' })).toEqual({
			kind: ['invalid_choice'],
			completionAttendancePercent: ['invalid_percent']
		});
	});
});

describe('an agenda item', () => {
	const item = { day: '2026-10-12', startsAt: '09:00', endsAt: '10:30', title: { en: 'Opening' } };

	it('has a day, clock times and a title; it is a break unless marked as a session', () => {
		expect(parseInput(AgendaItemInputSchema, { ...item, isSession: 'yes', speakers: ' ' })).toEqual({
			...item,
			isSession: true,
			speakers: null
		});
		expect(parseInput(AgendaItemInputSchema, item).isSession).toBe(false);
	});

	it('ends after it starts, at a real time of day', () => {
		expect(refusal({ ...item, endsAt: '09:00' }, AgendaItemInputSchema)).toEqual({
			endsAt: ['ends_before_start']
		});
		expect(refusal({ ...item, startsAt: '24:00' }, AgendaItemInputSchema)).toEqual({
			startsAt: ['invalid_time']
		});
	});
});

describe('the list of events', () => {
	it('reads its filters from the query string', () => {
		expect(parseInput(EventListQuerySchema, { kind: 'webinar', country: 'mt', page: '2' })).toMatchObject({
			kind: 'webinar',
			country: 'MT',
			page: 2,
			pageSize: 25
		});
		expect(refusal({ kind: 'party' }, EventListQuerySchema)).toEqual({ kind: ['invalid_choice'] });
	});
});
