import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { agendaItem, attendance, event, eventFacilitator, registration } from '../db/schema/events.js';
import { useTestDatabase } from '../testing/database.js';
import { newAccount } from '../testing/fixtures.js';
import { countStatements } from '../testing/statements.js';
import {
	getAttendanceSheet,
	listAttendanceSessions,
	markAttendance,
	markEveryonePresent
} from './attendance.js';

useTestDatabase();

let eventId: string;
let sessions: string[];
let coffeeBreak: string;
let people: Record<'eleni' | 'nikos' | 'anna' | 'waiting', string>;
let facilitator: Actor;
let otherTrainer: Actor;
let focalGreece: Actor;
let focalMalta: Actor;

beforeAll(async () => {
	facilitator = await newAccount({ role: 'trainer', scope: { kind: 'platform' } });
	otherTrainer = await newAccount({ role: 'trainer', scope: { kind: 'platform' } });
	focalGreece = await newAccount({
		role: 'country_focal_point',
		scope: { kind: 'countries', countryCodes: ['GR'] }
	});
	focalMalta = await newAccount({
		role: 'country_focal_point',
		scope: { kind: 'countries', countryCodes: ['MT'] }
	});
	[{ id: eventId }] = await db()
		.insert(event)
		.values({
			kind: 'training_of_trainers',
			title: { en: 'Training of Trainers' },
			startsOn: '2018-03-12',
			endsOn: '2018-03-13',
			timeZone: 'Europe/Athens',
			city: 'Athens',
			countryCode: 'GR',
			language: 'en'
		})
		.returning({ id: event.id });
	await db()
		.insert(eventFacilitator)
		.values({ eventId, userId: facilitator.kind === 'user' ? facilitator.userId : '' });
	const items = await db()
		.insert(agendaItem)
		.values([
			{
				eventId,
				startsAt: new Date('2018-03-12T07:00:00Z'),
				endsAt: new Date('2018-03-12T08:30:00Z'),
				title: { en: 'Concepts' }
			},
			{
				eventId,
				startsAt: new Date('2018-03-12T08:30:00Z'),
				endsAt: new Date('2018-03-12T09:00:00Z'),
				title: { en: 'Coffee' },
				isSession: false
			},
			{
				eventId,
				startsAt: new Date('2018-03-12T22:30:00Z'),
				endsAt: new Date('2018-03-12T23:30:00Z'),
				title: { en: 'Night walk' }
			}
		])
		.returning({ id: agendaItem.id, isSession: agendaItem.isSession });
	sessions = items.filter((item) => item.isSession).map((item) => item.id);
	coffeeBreak = items.find((item) => !item.isSession)!.id;
	const rows = await db()
		.insert(registration)
		.values(
			(
				[
					['Nikos Georgiou', 'GR', 'confirmed'],
					['anna Borg', 'MT', 'confirmed'],
					['Eleni Papadaki', 'GR', 'confirmed'],
					['Waiting Person', 'GR', 'waitlisted']
				] as const
			).map(([fullName, countryCode, status], index) => ({
				eventId,
				fullName,
				email: `person${index}@example.org`,
				countryCode,
				profession: 'nurse' as const,
				category: 'institution' as const,
				status
			}))
		)
		.returning({ id: registration.id });
	people = { nikos: rows[0].id, anna: rows[1].id, eleni: rows[2].id, waiting: rows[3].id };
});

const presentAt = async (sessionId: string) =>
	(await getAttendanceSheet(facilitator, eventId, sessionId)).registrants
		.filter((r) => r.present)
		.map((r) => r.fullName);

describe('attendance', () => {
	it("lists the sessions (not the breaks) on the venue's days, with the confirmed registrants' count", async () => {
		const overview = await listAttendanceSessions(facilitator, eventId);
		expect(overview.timeZone).toBe('Europe/Athens');
		expect(overview.confirmed).toBe(3);
		// 22:30 UTC on the 12th is 00:30 on the 13th in Athens.
		expect(overview.sessions.map((s) => [s.title.en, s.day])).toEqual([
			['Concepts', '2018-03-12'],
			['Night walk', '2018-03-13']
		]);
	});

	it('gives the sheet of a session: confirmed registrants by name, whatever their case', async () => {
		const sheet = await getAttendanceSheet(facilitator, eventId, sessions[0]);
		expect(sheet.session.title.en).toBe('Concepts');
		expect(sheet.registrants.map((r) => [r.fullName, r.countryName.en])).toEqual([
			['anna Borg', 'Malta'],
			['Eleni Papadaki', 'Greece'],
			['Nikos Georgiou', 'Greece']
		]);
	});

	it('marks a registrant present and absent again; a second tap changes nothing', async () => {
		const mark = { sessionId: sessions[0], registrationId: people.eleni };
		await markAttendance(facilitator, eventId, { ...mark, present: true });
		await markAttendance(facilitator, eventId, { ...mark, present: true });
		expect(await presentAt(sessions[0])).toEqual(['Eleni Papadaki']);
		const [row] = await db()
			.select()
			.from(attendance)
			.where(and(eq(attendance.agendaItemId, sessions[0]), eq(attendance.registrationId, people.eleni)));
		expect(row.markedBy).toBe(facilitator.kind === 'user' && facilitator.userId);

		await markAttendance(facilitator, eventId, { ...mark, present: false });
		await markAttendance(facilitator, eventId, { ...mark, present: false });
		expect(await presentAt(sessions[0])).toEqual([]);
	});

	it('marks with at most 10 SQL statements (two, in fact: the place with the check, then the change)', async () => {
		const { statements } = await countStatements(() =>
			markAttendance(focalGreece, eventId, {
				sessionId: sessions[1],
				registrationId: people.nikos,
				present: true
			})
		);
		expect(statements).toBeLessThanOrEqual(10);
		expect(statements).toBe(2);
	});

	it('marks everyone present at once, counting only those who were not yet', async () => {
		await markAttendance(facilitator, eventId, {
			sessionId: sessions[1],
			registrationId: people.anna,
			present: true
		});
		const before = (await listAttendanceSessions(facilitator, eventId)).sessions[1].present;
		expect(await markEveryonePresent(facilitator, eventId, sessions[1])).toBe(3 - before);
		expect(await presentAt(sessions[1])).toEqual(['anna Borg', 'Eleni Papadaki', 'Nikos Georgiou']);
		expect(await markEveryonePresent(facilitator, eventId, sessions[1])).toBe(0);
		expect((await listAttendanceSessions(facilitator, eventId)).sessions[1].present).toBe(3);
	});

	it('refuses breaks, registrants who are not confirmed, and other events’ records', async () => {
		const refused = expect.objectContaining({ code: 'not_found' });
		await expect(
			markAttendance(facilitator, eventId, {
				sessionId: coffeeBreak,
				registrationId: people.eleni,
				present: true
			})
		).rejects.toEqual(refused);
		await expect(
			markAttendance(facilitator, eventId, {
				sessionId: sessions[0],
				registrationId: people.waiting,
				present: true
			})
		).rejects.toEqual(refused);
		await expect(
			markAttendance(facilitator, eventId, {
				sessionId: 'not-a-uuid',
				registrationId: people.eleni,
				present: true
			})
		).rejects.toEqual(refused);
		await expect(getAttendanceSheet(facilitator, eventId, coffeeBreak)).rejects.toEqual(refused);
		await expect(markEveryonePresent(facilitator, eventId, coffeeBreak)).rejects.toEqual(refused);
		const [{ id: otherEvent }] = await db()
			.insert(event)
			.values({
				kind: 'webinar',
				title: { en: 'Other' },
				startsOn: '2018-04-01',
				endsOn: '2018-04-01',
				isOnline: true,
				language: 'en'
			})
			.returning({ id: event.id });
		await expect(
			markAttendance(await newAccount({ role: 'administrator', scope: { kind: 'platform' } }), otherEvent, {
				sessionId: sessions[0],
				registrationId: people.eleni,
				present: true
			})
		).rejects.toEqual(refused);
		expect(await presentAt(sessions[0])).toEqual([]);
	});

	it('is refused to a trainer who does not facilitate the event, to another country’s focal point and to the public', async () => {
		const mark = { sessionId: sessions[0], registrationId: people.eleni, present: true };
		await expect(markAttendance(otherTrainer, eventId, mark)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(markAttendance(focalMalta, eventId, mark)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(markAttendance({ kind: 'public' }, eventId, mark)).rejects.toMatchObject({
			code: 'unauthenticated'
		});
		await expect(getAttendanceSheet(otherTrainer, eventId, sessions[0])).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(listAttendanceSessions(focalMalta, eventId)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(markEveryonePresent(otherTrainer, eventId, sessions[0])).rejects.toMatchObject({
			code: 'forbidden'
		});
		expect(await presentAt(sessions[0])).toEqual([]);
	});
});
