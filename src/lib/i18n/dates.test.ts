import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from './dates.js';

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
});
