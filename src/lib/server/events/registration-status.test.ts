import { describe, expect, it } from 'vitest';
import { arrivalStatus, registrationState, type Places } from './registration-status.js';

const roomy: Places = {
	capacity: null,
	held: 40,
	countryPlaces: null,
	countryHeld: 5,
	categoryPlaces: null,
	categoryHeld: 5
};

describe('the status of a new registration', () => {
	const cases: [string, boolean, Partial<Places>, ReturnType<typeof arrivalStatus>][] = [
		['no limits at all', false, {}, { status: 'confirmed', reason: null }],
		['one place left', false, { capacity: 41 }, { status: 'confirmed', reason: null }],
		['capacity reached', false, { capacity: 40 }, { status: 'waitlisted', reason: 'capacity_full' }],
		[
			'over capacity (lowered later)',
			false,
			{ capacity: 30 },
			{ status: 'waitlisted', reason: 'capacity_full' }
		],
		['country quota not reached', false, { countryPlaces: 6 }, { status: 'confirmed', reason: null }],
		[
			'country quota reached',
			false,
			{ countryPlaces: 5 },
			{ status: 'waitlisted', reason: 'country_quota_full' }
		],
		[
			'category quota reached',
			false,
			{ categoryPlaces: 5 },
			{ status: 'waitlisted', reason: 'category_quota_full' }
		],
		[
			'country and category quotas reached: the country is named',
			false,
			{ countryPlaces: 5, categoryPlaces: 5 },
			{ status: 'waitlisted', reason: 'country_quota_full' }
		],
		[
			'quota and capacity reached: the quota is named',
			false,
			{ categoryPlaces: 5, capacity: 40 },
			{ status: 'waitlisted', reason: 'category_quota_full' }
		],
		['approval needed, places left', true, { capacity: 50 }, { status: 'pending', reason: null }],
		[
			'approval needed, but no place: wait-listed first',
			true,
			{ capacity: 40 },
			{ status: 'waitlisted', reason: 'capacity_full' }
		],
		[
			'the very first registrant',
			false,
			{ capacity: 1, held: 0, countryHeld: 0, categoryHeld: 0 },
			{ status: 'confirmed', reason: null }
		]
	];
	for (const [name, requiresApproval, places, expected] of cases) {
		it(name, () => expect(arrivalStatus(requiresApproval, { ...roomy, ...places })).toEqual(expected));
	}
});

describe('the registration window', () => {
	const event = {
		registrationOpensAt: new Date('2026-04-01T07:00:00Z'),
		registrationClosesAt: new Date('2026-05-01T21:00:00Z'),
		endsOn: '2026-05-14',
		timeZone: 'Europe/Athens'
	};
	const unbounded = { ...event, registrationOpensAt: null, registrationClosesAt: null };

	it('opens and closes at the times set', () => {
		expect(registrationState(event, new Date('2026-04-01T06:59:59Z'))).toBe('not_open_yet');
		expect(registrationState(event, new Date('2026-04-01T07:00:00Z'))).toBe('open');
		expect(registrationState(event, new Date('2026-05-01T20:59:59Z'))).toBe('open');
		expect(registrationState(event, new Date('2026-05-01T21:00:00Z'))).toBe('closed');
	});

	it('without a closing time, stays open until the last day is over where the event is held', () => {
		// 22:30 UTC on 14 May is already 15 May in Athens.
		expect(registrationState(unbounded, new Date('2026-05-14T20:59:00Z'))).toBe('open');
		expect(registrationState(unbounded, new Date('2026-05-14T22:30:00Z'))).toBe('closed');
		expect(registrationState({ ...unbounded, timeZone: 'UTC' }, new Date('2026-05-14T22:30:00Z'))).toBe(
			'open'
		);
	});
});
