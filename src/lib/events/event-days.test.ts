import { describe, expect, it } from 'vitest';
import { eventDays } from './event-days.js';

describe('the days of an event', () => {
	it('are every day from the first to the last, across months and leap days', () => {
		expect(eventDays('2028-02-28', '2028-03-01')).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
		expect(eventDays('2026-10-12', '2026-10-12')).toEqual(['2026-10-12']);
		expect(eventDays('2026-10-13', '2026-10-12')).toEqual([]);
	});
});
