import { describe, expect, it } from 'vitest';
import { agendaDays } from './agenda-days.js';

const item = (id: string, startsAt: string, endsAt: string) => ({
	id,
	startsAt: new Date(startsAt),
	endsAt: new Date(endsAt)
});

describe('agenda days', () => {
	it('groups items by their day where the event is held, with local clock times', () => {
		const days = agendaDays(
			[
				item('a', '2026-05-12T06:00:00Z', '2026-05-12T07:30:00Z'),
				item('b', '2026-05-12T21:30:00Z', '2026-05-12T22:00:00Z'),
				item('c', '2026-05-13T06:00:00Z', '2026-05-13T07:00:00Z')
			],
			'Europe/Athens'
		);
		expect(
			days.map((day) => [day.day, day.items.map((entry) => `${entry.id} ${entry.from}–${entry.to}`)])
		).toEqual([
			['2026-05-12', ['a 09:00–10:30']],
			// 21:30 UTC is already the next day in Athens.
			['2026-05-13', ['b 00:30–01:00', 'c 09:00–10:00']]
		]);
		expect(agendaDays([], 'UTC')).toEqual([]);
	});
});
