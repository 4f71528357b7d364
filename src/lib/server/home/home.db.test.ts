import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { wallTime } from '../../events/time-zone.js';
import type { UserActor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { evaluationLink } from '../db/schema/evaluation.js';
import { agendaItem, certificate, event, eventFacilitator, registration } from '../db/schema/events.js';
import { survey } from '../db/schema/surveys.js';
import { savePhase } from '../evaluation/plan.js';
import { recordResults } from '../evaluation/record.js';
import { openPersonalEvaluation } from '../evaluation/take.js';
import { attendAll, evaluatedEvent } from '../testing/evaluation.js';
import { newEvent } from '../testing/events.js';
import { actor, focalPointOf, isoDay, newAccount } from '../testing/fixtures.js';
import { useTestDatabase } from '../testing/database.js';
import { coordinatorHome, programmeDashboardPath } from './coordinator.js';
import { focalPointHome } from './focal-point.js';
import { homeOf } from './home.js';
import { participantHome } from './participant.js';
import { trainerHome } from './trainer.js';

useTestDatabase();

const day = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * day);
const window = (from: number, to: number) => ({
	opensAt: wallTime(at(from), 'UTC'),
	closesAt: wallTime(at(to), 'UTC')
});

let world: Awaited<ReturnType<typeof evaluatedEvent>>;
/** Over ten days ago in Greece: 6 confirmed, pre-test taken by all, post-test (closed) by 5. */
let past: string;
/** In Greece in a week: a session in three days, the pre-test open; the first participant and one pending. */
let coming: string;
/** In Malta, started five days ago: a pending registration and one confirmed. */
let malta: string;
let trainer: UserActor;
const emailOf = (n: number) => `participant${n}@example.org`;

beforeAll(async () => {
	world = await evaluatedEvent('home-coordinator', 6);
	past = world.eventId;
	await db()
		.update(event)
		.set({ startsOn: isoDay(-10), endsOn: isoDay(-9) })
		.where(eq(event.id, past));
	const [first, second] = world.sessionIds;
	await db()
		.update(agendaItem)
		.set({ startsAt: at(-10), endsAt: new Date(at(-10).getTime() + 7_200_000) })
		.where(eq(agendaItem.id, first));
	await db()
		.update(agendaItem)
		.set({ startsAt: at(-9), endsAt: new Date(at(-9).getTime() + 7_200_000) })
		.where(eq(agendaItem.id, second));
	await attendAll([first], world.confirmed);

	const [{ definition }] = await db()
		.select({ definition: survey.definition })
		.from(survey)
		.where(eq(survey.id, world.testId));
	for (const [phase, range, people, items] of [
		['pre', window(-12, -10), world.confirmed, { first: 0, dose: 1 }],
		['post', window(-9, -2), world.confirmed.slice(0, 5), { first: 2, dose: 1 }]
	] as const) {
		const { id } = await savePhase(world.coordinator, past, { phase, surveyId: world.testId, ...range });
		await recordResults(
			db(),
			{ id, eventId: past, phase, passMarkPercent: null, surveyId: world.testId, definition },
			people.map((registrationId) => ({
				registrationId,
				countryCode: 'GR',
				profession: 'nurse',
				attempt: 1,
				items
			})),
			'entry',
			null
		);
	}

	coming = await newEvent({
		programmeId: world.programmeId,
		startsOn: isoDay(7),
		endsOn: isoDay(8),
		isPublished: true
	});
	await db()
		.insert(agendaItem)
		.values({ eventId: coming, startsAt: at(3), endsAt: at(3.1), title: { en: 'Opening' } });
	await db()
		.insert(registration)
		.values(
			(['confirmed', 'pending'] as const).map((status, index) => ({
				eventId: coming,
				fullName: `Coming ${index + 1}`,
				email: emailOf(index + 1).toUpperCase(),
				countryCode: 'GR',
				profession: 'nurse' as const,
				category: 'social_worker' as const,
				status
			}))
		);
	await savePhase(world.coordinator, coming, { phase: 'pre', surveyId: world.testId, ...window(-1, 6) });

	malta = await newEvent({
		programmeId: world.programmeId,
		countryCode: 'MT',
		startsOn: isoDay(-5),
		endsOn: isoDay(5)
	});
	await db()
		.insert(registration)
		.values(
			(['confirmed', 'pending'] as const).map((status, index) => ({
				eventId: malta,
				fullName: `Maltese ${index + 1}`,
				email: `maltese${index + 1}@example.org`,
				countryCode: 'MT',
				profession: 'nurse' as const,
				category: 'social_worker' as const,
				status
			}))
		);

	trainer = await newAccount({ role: 'trainer', scope: { kind: 'platform' } });
	await db()
		.insert(eventFacilitator)
		.values([past, coming].map((eventId) => ({ eventId, userId: trainer.userId })));
});

const ids = (list: { items: { eventId: string }[] }) => list.items.map((item) => item.eventId);
/** A person with this address and these grants. */
const person = (email: string, ...grants: UserActor['grants']): UserActor => ({
	...actor(`home-${email}`, ...grants),
	email
});

describe('the participant’s home', () => {
	it('lists their own trainings (found by their address, case aside), to come first', async () => {
		const home = await participantHome(person('Participant1@Example.org'));
		expect(home?.trainings.total).toBe(2);
		expect(ids(home!.trainings)).toEqual([coming, past]);
		expect(home!.trainings.items[0]).toMatchObject({ isPublic: true, countryName: { en: 'Greece' } });
		expect(home!.trainings.items[1]).toMatchObject({ isPublic: false });
	});

	it('gives the tests to take now with their personal link, made when it was missing', async () => {
		const home = await participantHome(person(emailOf(1)));
		expect(home!.tests.items).toHaveLength(1);
		const [test] = home!.tests.items;
		expect(test).toMatchObject({ eventId: coming, phase: 'pre', instrumentTitle: { en: 'Knowledge test' } });
		const token = test.path.replace('/t/', '');
		const opened = await openPersonalEvaluation(token);
		expect(opened).toMatchObject({ fullName: 'Coming 1', event: { id: coming } });
		// The same link the next time.
		expect((await participantHome(person(emailOf(1))))!.tests.items[0].path).toBe(test.path);
		expect(await db().$count(evaluationLink)).toBe(1);
	});

	it('shows results per module once the post-test has closed, before and after', async () => {
		const home = await participantHome(person(emailOf(1)));
		expect(home!.results.items).toHaveLength(1);
		const [result] = home!.results.items;
		expect(result.eventId).toBe(past);
		expect(result.pre).toBeCloseTo(100 / 3, 6);
		expect(result.post).toBe(100);
		expect(result.modules).toEqual([
			{ module: 'M1', phase: 'pre', score: 0, maxScore: 2 },
			{ module: 'M1', phase: 'post', score: 2, maxScore: 2 },
			{ module: 'M2', phase: 'pre', score: 1, maxScore: 1 },
			{ module: 'M2', phase: 'post', score: 1, maxScore: 1 }
		]);
	});

	it('sees nobody else’s: another participant has only their own', async () => {
		const home = await participantHome(person(emailOf(6)));
		expect(ids(home!.trainings)).toEqual([past]);
		expect(home!.tests.items).toEqual([]);
		// Participant 6 took the pre-test only: a result without a post-test score.
		expect(home!.results.items).toMatchObject([{ eventId: past, post: null }]);
		expect(home!.certificates.total).toBe(0);
	});

	it('is there for a participant without trainings, and not for staff who registered for none', async () => {
		const newcomer = await participantHome(
			person('newcomer@example.org', { role: 'participant', scope: { kind: 'platform' } })
		);
		expect(newcomer).toMatchObject({ trainings: { total: 0, items: [] }, tests: { total: 0 } });
		expect(await participantHome(person('staff@example.org', focalPointOf('GR')))).toBeNull();
		expect(await participantHome({ kind: 'public' })).toBeNull();
	});
});

describe('the trainer’s home', () => {
	it('lists sessions to run, attendance to take, scores to enter and gains of the events they facilitate', async () => {
		const home = await trainerHome(trainer);
		expect(home!.sessions.items).toMatchObject([{ eventId: coming, title: { en: 'Opening' } }]);
		expect(home!.attendance.items.map((session) => session.sessionId)).toEqual([world.sessionIds[1]]);
		expect(
			home!.scores.items.map(({ eventId, phase, missing, isOpen }) => ({ eventId, phase, missing, isOpen }))
		).toEqual([
			{ eventId: past, phase: 'post', missing: 1, isOpen: false },
			{ eventId: coming, phase: 'pre', missing: 1, isOpen: true }
		]);
		expect(home!.gains.items).toHaveLength(1);
		expect(home!.gains.items[0]).toMatchObject({ eventId: past, pairs: 5, meanPost: 100 });
		expect(home!.gains.items[0].meanPre).toBeCloseTo(100 / 3, 6);
	});

	it('hides the means of fewer than 5 pairs', async () => {
		await db()
			.delete(registration)
			.where(inArray(registration.id, world.confirmed.slice(3, 5)));
		const home = await trainerHome(trainer);
		expect(home!.gains.items).toMatchObject([{ eventId: past, pairs: 3, meanPre: null, meanPost: null }]);
	});

	it('shows another trainer nothing of these events, and no section to others', async () => {
		const other = await newAccount({ role: 'trainer', scope: { kind: 'platform' } });
		const home = await trainerHome(other);
		expect([home!.sessions, home!.attendance, home!.scores, home!.gains].map((list) => list.total)).toEqual([
			0, 0, 0, 0
		]);
		expect(await trainerHome(person('x@example.org', focalPointOf('GR')))).toBeNull();
	});
});

describe('the focal point’s home', () => {
	it('keeps to their countries: trainings, reach, results and what waits for them', async () => {
		const greece = await focalPointHome(person('focal@example.org', focalPointOf('GR')));
		expect(greece!.countryCodes).toEqual(['GR']);
		expect(ids(greece!.trainings)).toEqual([coming, past]);
		expect(greece!.trainings.items[1]).toMatchObject({ participants: 4, countryCode: 'GR' });
		// The event that started ten days ago; the one to come is not reach yet.
		expect(greece!.reach).toEqual({ participations: 4, people: 4 });
		// Fewer than 5 pairs left (the previous test removed two): no results shown.
		expect(greece!.gains.total).toBe(0);
		expect(
			greece!.waiting.items.map(({ eventId, pending, certificatesDue }) => ({
				eventId,
				pending,
				certificatesDue
			}))
		).toEqual([
			{ eventId: coming, pending: 1, certificatesDue: false },
			{ eventId: past, pending: 0, certificatesDue: true }
		]);

		const maltaHome = await focalPointHome(person('focal-mt@example.org', focalPointOf('MT')));
		expect(ids(maltaHome!.trainings)).toEqual([malta]);
		expect(maltaHome!.reach).toEqual({ participations: 1, people: 1 });
		expect(ids(maltaHome!.waiting)).toEqual([malta]);
		expect(await focalPointHome(trainer)).toBeNull();
	});
});

describe('the coordinator’s home', () => {
	it('lists their programmes with the dashboard and every event of them waiting', async () => {
		const home = await coordinatorHome(world.coordinator);
		expect(home!.programmes.items).toMatchObject([{ programmeId: world.programmeId, eventsToCome: 2 }]);
		expect(programmeDashboardPath(world.programmeId)).toBe(`/programmes/${world.programmeId}/dashboard`);
		expect(ids(home!.waiting)).toEqual([malta, coming, past]);
		const stranger = await coordinatorHome(
			actor('other-coordinator', {
				role: 'programme_coordinator',
				scope: { kind: 'programme', programmeId: crypto.randomUUID() }
			})
		);
		expect(stranger).toMatchObject({ programmes: { total: 0 }, waiting: { total: 0 } });
	});

	it('no longer asks for certificates once some are issued; the participant then finds theirs', async () => {
		await db().insert(certificate).values({ registrationId: world.confirmed[0], code: 'HOME-TEST-0001' });
		const home = await coordinatorHome(world.coordinator);
		expect(ids(home!.waiting)).toEqual([malta, coming]);
		const mine = await participantHome(person(emailOf(1)));
		expect(mine!.certificates.items).toMatchObject([
			{ code: 'HOME-TEST-0001', path: '/certificates/HOME-TEST-0001', eventTitle: { en: expect.any(String) } }
		]);
	});
});

describe('the home of a person of several roles', () => {
	it('has a section per role, and none for the public', async () => {
		const both = { ...trainer, grants: [...trainer.grants, focalPointOf('MT')] };
		const home = await homeOf(both);
		expect(home.trainer).not.toBeNull();
		expect(home.focalPoint).not.toBeNull();
		expect(home.coordinator).toBeNull();
		expect(await homeOf({ kind: 'public' })).toEqual({
			participant: null,
			trainer: null,
			focalPoint: null,
			coordinator: null
		});
	});
});
