import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatDay, formatMonth, formatTimeRange } from './dates.js';

describe('calendar dates', () => {
	it('writes a period of days in each language', () => {
		expect(formatDateRange('2018-03-12', '2018-03-14', 'fr')).toBe('12–14 mars 2018');
		expect(formatDateRange('2018-03-12', '2018-03-14', 'en')).toMatch(/^March 12\s–\s14, 2018$/);
		expect(formatDateRange('2023-03-14', '2023-03-16', 'ar')).toContain('مارس');
	});

	it('writes a one-day period as its date', () => {
		expect(formatDateRange('2018-01-31', '2018-01-31', 'fr')).toBe(formatDate('2018-01-31', 'fr'));
	});

	it('never shifts a date, whatever the time zone of the process', () => {
		const processZone = process.env.TZ;
		try {
			for (const zone of ['Pacific/Honolulu', 'Pacific/Kiritimati']) {
				process.env.TZ = zone;
				expect(formatDate('2018-03-12', 'fr')).toBe('12 mars 2018');
			}
		} finally {
			if (processZone === undefined) delete process.env.TZ;
			else process.env.TZ = processZone;
		}
	});

	it('gives the day of an instant in UTC', () => {
		expect(formatDate(new Date('2018-03-14T23:30:00Z'), 'fr')).toBe('14 mars 2018');
	});

	it('names the days of an event, short for tabs and in full for headings', () => {
		expect(formatDay('2018-03-12', 'fr', 'short')).toBe('lun. 12 mars');
		expect(formatDay('2018-03-12', 'en', 'full')).toContain('Monday');
	});

	it('shows session times on the venue’s clocks', () => {
		const start = new Date('2018-03-12T07:00:00Z');
		const end = new Date('2018-03-12T08:30:00Z');
		expect(formatTimeRange(start, end, 'Europe/Athens', 'fr')).toMatch(/^09:00\s–\s10:30$/);
		expect(formatTimeRange(start, end, 'UTC', 'en')).toMatch(/^07:00\s–\s08:30$/);
	});

	it('names a month, and keeps each language and time zone apart when formatting many dates', () => {
		expect(formatMonth('2018-05-29', 'en')).toBe('May 2018');
		expect(formatMonth('2018-05-29', 'fr')).toBe('mai 2018');
		const start = new Date('2018-03-12T07:00:00Z');
		const end = new Date('2018-03-12T08:30:00Z');
		expect(formatTimeRange(start, end, 'Europe/Athens', 'en')).toMatch(/^09:00/);
		expect(formatTimeRange(start, end, 'America/New_York', 'en')).toMatch(/^03:00/);
		expect(formatDate('2018-03-14', 'en')).toBe('March 14, 2018');
		expect(formatDate('2018-03-14', 'fr')).toBe('14 mars 2018');
	});
});
