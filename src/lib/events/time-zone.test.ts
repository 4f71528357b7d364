import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayAndTime, instantOf, isTimeZone, timeZoneChoices, wallTime } from './time-zone.js';

describe('time zones', () => {
	it('knows IANA names and UTC, and nothing else', () => {
		expect(isTimeZone('Europe/Athens')).toBe(true);
		expect(isTimeZone('UTC')).toBe(true);
		expect(isTimeZone('Europe/Atlantis')).toBe(false);
		expect(timeZoneChoices()).toEqual(expect.arrayContaining(['UTC', 'Europe/Athens', 'Africa/Casablanca']));
	});

	it('turns the clocks of a place into instants and back', () => {
		expect(instantOf('2026-10-12T09:00', 'Europe/Athens').toISOString()).toBe('2026-10-12T06:00:00.000Z');
		expect(instantOf('2026-01-12T09:00', 'Europe/Athens').toISOString()).toBe('2026-01-12T07:00:00.000Z');
		expect(instantOf('2026-01-12T09:00', 'America/New_York').toISOString()).toBe('2026-01-12T14:00:00.000Z');
		expect(dayAndTime(new Date('2026-10-12T21:30:00Z'), 'Europe/Athens')).toEqual({
			day: '2026-10-13',
			time: '00:30'
		});
	});

	it('reads times around a change of clocks sensibly', () => {
		// Athens goes from 03:00 to 04:00 on 29 March 2026: 03:30 is never shown; 02:30 still is.
		expect(wallTime(instantOf('2026-03-29T02:30', 'Europe/Athens'), 'Europe/Athens')).toBe(
			'2026-03-29T02:30'
		);
		expect(wallTime(instantOf('2026-03-29T03:30', 'Europe/Athens'), 'Europe/Athens')).toBe(
			'2026-03-29T04:30'
		);
		// On 25 October 2026 it shows 03:30 twice: the first is meant.
		expect(instantOf('2026-10-25T03:30', 'Europe/Athens').toISOString()).toBe('2026-10-25T00:30:00.000Z');
	});

	it('gives back every minute of every zone it was given (property)', () => {
		const zones = [
			'UTC',
			'Europe/Athens',
			'Europe/Malta',
			'Africa/Casablanca',
			'America/New_York',
			'Asia/Kolkata'
		];
		fc.assert(
			fc.property(
				fc.constantFrom(...zones),
				fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2035, 0, 1) / 60_000 }),
				(zone, minute) => {
					const instant = new Date(minute * 60_000);
					const wall = wallTime(instant, zone);
					expect(wallTime(instantOf(wall, zone), zone)).toBe(wall);
				}
			)
		);
	});
});
