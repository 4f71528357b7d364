import { and, count, eq, isNotNull, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db/client.js';
import { agendaItem, certificate, event, registration } from '../db/schema/events.js';
import { cascadeNumbers, cascadeTree } from '../events/cascade.js';
import { useTestDatabase } from '../testing/database.js';
import { createDemoAccounts } from './accounts.js';
import { createDemoDirectory } from './directory.js';
import { createDemoEvents } from './events.js';
import { createDemoProgrammes } from './programmes.js';

useTestDatabase();

describe('demo events', () => {
	it('loads the expert meeting, the ToT and its cascade of pilots, the winter school and an open webinar', async () => {
		await createDemoAccounts();
		await createDemoDirectory();
		const ids = await db().transaction(async (tx) => {
			const programmeIds = await createDemoProgrammes(tx);
			await createDemoEvents(tx, programmeIds);
			return programmeIds;
		});

		const kinds = await db()
			.select({ kind: event.kind, events: count() })
			.from(event)
			.groupBy(event.kind)
			.orderBy(event.kind);
		expect(Object.fromEntries(kinds.map((k) => [k.kind, k.events]))).toEqual({
			expert_meeting: 1,
			training_of_trainers: 1,
			pilot_training: 11,
			regional_school: 1,
			webinar: 1
		});

		const [school] = await db().select().from(event).where(eq(event.kind, 'regional_school'));
		// The winter school's page reads in French and Arabic; the Ljubljana pilot's in Slovenian and English.
		expect(school.languages).toEqual(['fr', 'ar', 'en']);
		expect(school.description?.ar).toBeTruthy();
		const [ljubljana] = await db().select().from(event).where(eq(event.city, 'Ljubljana'));
		expect(ljubljana.languages).toEqual(['sl', 'en']);
		expect(ljubljana.title.sl).toBe('Pilotno usposabljanje MIG-H, Ljubljana');
		const schoolPeople = await db()
			.select({ country: registration.countryCode, people: count() })
			.from(registration)
			.where(eq(registration.eventId, school.id))
			.groupBy(registration.countryCode);
		expect(schoolPeople.reduce((sum, c) => sum + c.people, 0)).toBe(50);
		expect(schoolPeople.map((c) => c.country).sort()).toEqual(['EG', 'LY', 'MA', 'SD', 'TN', 'YE']);
		const [{ sessions }] = await db()
			.select({ sessions: count() })
			.from(agendaItem)
			.where(and(eq(agendaItem.eventId, school.id), eq(agendaItem.isSession, true)));
		expect(sessions).toBe(8);

		// Two trainers per country at the ToT; one in ten did not complete and has no certificate.
		const [{ certified }] = await db()
			.select({ certified: count() })
			.from(certificate)
			.where(isNotNull(certificate.code));
		expect(certified).toBe(18);

		const numbers = await cascadeNumbers(db(), ids['MIG-H']);
		expect(numbers).toHaveLength(10);
		const slovenia = numbers.find((n) => n.countryCode === 'SI')!;
		// Ljubljana's pilot (15) and Koper's police session (42).
		expect(slovenia).toMatchObject({ trainersActive: slovenia.trainersCertified, peopleReached: 57 });
		expect(slovenia.byProfession.law_enforcement_officer).toBeGreaterThanOrEqual(42);

		const [tot] = await db()
			.select({ id: event.id })
			.from(event)
			.where(eq(event.kind, 'training_of_trainers'));
		const tree = await cascadeTree(db(), tot.id, () => sql`true`);
		expect(tree).toHaveLength(18);
		const trainings = new Set(tree.flatMap((trainer) => trainer.trainings.map((t) => t.eventId)));
		expect(trainings.size).toBe(11);

		const [{ emails }] = await db()
			.select({ emails: sql<number>`count(distinct lower(${registration.email}))::int` })
			.from(registration);
		const [{ registrations }] = await db().select({ registrations: count() }).from(registration);
		expect(emails).toBe(registrations);
	});
});
