import { describe, expect, it } from 'vitest';
import { db } from '../db/client.js';
import { agendaItem, registration } from '../db/schema/events.js';
import { programme } from '../db/schema/programmes.js';
import { useTestDatabase } from '../testing/database.js';
import { newEvent, type EventValues } from '../testing/events.js';
import { refusal } from '../testing/fixtures.js';
import { getProgrammeCalendar, getPublicEvent } from './public-event.js';

useTestDatabase();

/** A published webinar in French, unless `values` say otherwise. */
const newWebinar = (values: EventValues = {}) =>
	newEvent({
		kind: 'webinar',
		title: { en: 'Webinar' },
		startsOn: '2030-02-10',
		endsOn: '2030-02-10',
		countryCode: null,
		isOnline: true,
		onlineUrl: 'https://meet.example.org/secret-room',
		language: 'fr',
		isPublished: true,
		...values
	});

describe('public events', () => {
	it('show a published event with its agenda, the places left and whether registration is open', async () => {
		const eventId = await newWebinar({
			capacity: 3,
			countryCode: 'MT',
			isOnline: false,
			onlineUrl: null,
			city: 'Valletta',
			registrationOpensAt: new Date('2030-01-01T00:00:00Z')
		});
		for (const [n, status] of (['confirmed', 'pending', 'waitlisted', 'declined'] as const).entries())
			await db()
				.insert(registration)
				.values({
					eventId,
					fullName: `P${n}`,
					email: `p${n}@example.org`,
					countryCode: 'MT',
					profession: 'nurse',
					category: 'student',
					status
				});
		await db()
			.insert(agendaItem)
			.values([
				{
					eventId,
					title: { en: 'Second' },
					startsAt: new Date('2030-02-10T10:00:00Z'),
					endsAt: new Date('2030-02-10T11:00:00Z')
				},
				{
					eventId,
					title: { en: 'First' },
					startsAt: new Date('2030-02-10T08:00:00Z'),
					endsAt: new Date('2030-02-10T09:00:00Z')
				}
			]);

		const shown = await getPublicEvent(eventId, new Date('2029-12-01T00:00:00Z'));
		expect(shown).toMatchObject({
			city: 'Valletta',
			countryName: { en: 'Malta' },
			capacity: 3,
			placesLeft: 1,
			registration: 'not_open_yet'
		});
		expect(shown.agenda.map((item) => item.title.en)).toEqual(['First', 'Second']);
		expect(shown).not.toHaveProperty('onlineUrl');
		expect((await getPublicEvent(eventId, new Date('2030-01-02T00:00:00Z'))).registration).toBe('open');
	});

	it('do not include drafts, archived events, or anything that is not an event id', async () => {
		await expect(getPublicEvent(await newWebinar({ isPublished: false }))).rejects.toThrow(
			refusal('not_found')
		);
		await expect(getPublicEvent(await newWebinar({ archivedAt: new Date() }))).rejects.toThrow(
			refusal('not_found')
		);
		await expect(getPublicEvent('nonsense')).rejects.toThrow(refusal('not_found'));
	});

	it('make a programme’s feed of its published events, in date order', async () => {
		const [{ id: programmeId }] = await db()
			.insert(programme)
			.values({ name: { en: 'Feed programme' }, startsOn: '2030-01-01', endsOn: '2030-12-31' })
			.returning({ id: programme.id });
		const later = await newWebinar({ programmeId, startsOn: '2030-06-01', endsOn: '2030-06-02' });
		const sooner = await newWebinar({ programmeId, startsOn: '2030-03-01', endsOn: '2030-03-01' });
		await newWebinar({ programmeId, isPublished: false });
		await newWebinar();

		const calendar = await getProgrammeCalendar(programmeId);
		expect(calendar.name).toEqual({ en: 'Feed programme' });
		expect(calendar.events.map((row) => row.id)).toEqual([sooner, later]);
		await expect(getProgrammeCalendar('00000000-0000-4000-8000-000000000000')).rejects.toThrow(
			refusal('not_found')
		);
	});
});
