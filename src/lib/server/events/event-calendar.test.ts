import { describe, expect, it } from 'vitest';
import { eventCalendar, programmeFeed, type CalendarWording } from './event-calendar.js';
import { icsCalendar } from './ics.js';
import type { PublicEvent } from './public-event.js';

const athens: PublicEvent = {
	id: 'e1',
	kind: 'regional_school',
	title: { en: 'Regional school', ar: 'المدرسة الإقليمية' },
	description: { en: 'Three days, six countries.' },
	languages: ['en', 'ar'],
	startsOn: '2026-05-12',
	endsOn: '2026-05-14',
	timeZone: 'Europe/Athens',
	isOnline: false,
	venue: 'Hotel Titania',
	city: 'Athens',
	countryCode: 'GR',
	countryName: { en: 'Greece', ar: 'اليونان' },
	language: 'en',
	updatedAt: new Date('2026-03-01T09:00:00Z'),
	capacity: 50,
	placesLeft: 10,
	requiresApproval: false,
	registrationOpensAt: null,
	registrationClosesAt: null,
	registration: 'open',
	agenda: []
};
const wording: CalendarWording = {
	reader: 'en',
	online: 'Online',
	eventLink: (id) => `https://mhub.example.org/e/${id}`
};

describe('event calendars', () => {
	it('give an event without an agenda as its whole days, with its place and page', () => {
		expect(eventCalendar(athens, wording)).toEqual({
			name: 'Regional school',
			entries: [
				{
					uid: 'event-e1@mhub',
					summary: 'Regional school',
					description: 'Three days, six countries.',
					location: 'Hotel Titania, Athens, Greece',
					url: 'https://mhub.example.org/e/e1',
					lastModified: athens.updatedAt,
					allDay: { first: '2026-05-12', last: '2026-05-14' }
				}
			]
		});
	});

	it('give each session of the agenda at its time, leaving breaks out, in the reader’s language', () => {
		const session = {
			isSession: true,
			speakers: 'Dr N. Georgiou',
			facilitators: null,
			startsAt: new Date('2026-05-12T06:00:00Z'),
			endsAt: new Date('2026-05-12T07:30:00Z')
		};
		const calendar = eventCalendar(
			{
				...athens,
				agenda: [
					{ ...session, id: 's1', title: { en: 'Opening', ar: 'الافتتاح' } },
					{ ...session, id: 'b1', title: { en: 'Coffee' }, isSession: false }
				]
			},
			{ ...wording, reader: 'ar' }
		);
		expect(calendar.entries).toEqual([
			expect.objectContaining({
				uid: 'session-s1@mhub',
				summary: 'المدرسة الإقليمية: الافتتاح',
				description: 'Dr N. Georgiou',
				location: 'Hotel Titania, Athens, اليونان',
				start: session.startsAt,
				end: session.endsAt
			})
		]);
		expect(icsCalendar(calendar)).toContain('DTSTART:20260512T060000Z');
	});

	it('say "online" for an online event, and list a programme’s events in its feed', () => {
		const webinar = { ...athens, id: 'e2', isOnline: true, venue: null, city: null, countryName: null };
		const feed = programmeFeed(
			{ id: 'p1', name: { en: 'MIG-H Training' }, events: [athens, webinar] },
			wording
		);
		expect(feed.name).toBe('MIG-H Training');
		expect(feed.entries.map((entry) => [entry.uid, entry.location])).toEqual([
			['event-e1@mhub', 'Hotel Titania, Athens, Greece'],
			['event-e2@mhub', 'Online']
		]);
	});
});
