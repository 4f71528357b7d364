// An event with an evaluation plan's instruments, for the database tests of evaluation. For tests only.
import { eq } from 'drizzle-orm';
import type { Phase } from '../../evaluation/values.js';
import vectors from '../../statistics/evaluation-vectors.json' with { type: 'json' };
import type { Answers } from '../../surveys/definition.js';
import { wallTime } from '../../events/time-zone.js';
import { db } from '../db/client.js';
import { evaluationSubmission } from '../db/schema/evaluation.js';
import { agendaItem, attendance, eventFacilitator, registration } from '../db/schema/events.js';
import { survey } from '../db/schema/surveys.js';
import { savePhase } from '../evaluation/plan.js';
import { recordResults, versionOf } from '../evaluation/record.js';
import { addQuestion, addSection } from '../surveys/builder.js';
import { createSurvey } from '../surveys/surveys.js';
import type { UserActor } from '../auth/actor.js';
import { newEvent } from './events.js';
import { newAccount, programmeWithCoordinator } from './fixtures.js';

const choices = [
	{ value: 'wash', label: { en: 'Wash hands' } },
	{ value: 'run', label: { en: 'Run' } }
];

/** A window around now, as the plan form writes it (wall clock in UTC). */
export const openWindow = () => ({
	opensAt: wallTime(new Date(Date.now() - 3_600_000), 'UTC'),
	closesAt: wallTime(new Date(Date.now() + 86_400_000), 'UTC')
});

/** A window that closed yesterday. */
export const closedWindow = () => ({
	opensAt: wallTime(new Date(Date.now() - 3 * 86_400_000), 'UTC'),
	closesAt: wallTime(new Date(Date.now() - 86_400_000), 'UTC')
});

/**
 * A programme and its coordinator; a knowledge test of 3 marks (`first`, 2 marks, module M1; `dose`,
 * 1 mark, M2), a satisfaction questionnaire (`overall`, 1–5); a pilot in Greece with two sessions
 * and `people` confirmed participants (one waitlisted too).
 */
export async function evaluatedEvent(coordinatorId: string, people = 3) {
	const { programmeId, coordinator } = await programmeWithCoordinator(coordinatorId);
	const test = await newTest(coordinator, programmeId);
	const { id: satisfactionId } = await createSurvey(coordinator, {
		programmeId,
		title: { en: 'Satisfaction' },
		languages: ['en']
	});
	await addSection(coordinator, satisfactionId, { name: 'main', title: { en: 'Main' } });
	await addQuestion(coordinator, satisfactionId, 'main', {
		name: 'overall',
		type: 'rating',
		label: { en: 'Overall' },
		required: true
	});
	const eventId = await newEvent({ programmeId, timeZone: 'UTC' });
	const sessions = await db()
		.insert(agendaItem)
		.values(
			['09:00', '14:00'].map((time, index) => ({
				eventId,
				startsAt: new Date(`2018-05-29T${time}:00Z`),
				endsAt: new Date(
					`2018-05-29T${time.replace(/^(\d\d)/, (hour) => String(Number(hour) + 2).padStart(2, '0'))}:00Z`
				),
				title: { en: `Session ${index + 1}` },
				isSession: true
			}))
		)
		.returning({ id: agendaItem.id });
	const registrations = await db()
		.insert(registration)
		.values([
			...Array.from({ length: people }, (_, index) => ({
				eventId,
				fullName: `Participant ${index + 1}`,
				email: `participant${index + 1}@example.org`,
				countryCode: 'GR',
				profession: 'nurse' as const,
				category: 'social_worker' as const,
				status: 'confirmed' as const
			})),
			{
				eventId,
				fullName: 'Waiting person',
				email: 'waiting@example.org',
				countryCode: 'GR',
				profession: 'nurse' as const,
				category: 'social_worker' as const,
				status: 'waitlisted' as const
			}
		])
		.returning({ id: registration.id, status: registration.status });
	return {
		programmeId,
		coordinator,
		testId: test,
		satisfactionId,
		eventId,
		sessionIds: sessions.map(({ id }) => id),
		confirmed: registrations.filter((row) => row.status === 'confirmed').map(({ id }) => id),
		waitlisted: registrations.filter((row) => row.status === 'waitlisted').map(({ id }) => id)
	};
}

/** A knowledge test of 3 marks in the programme; its id. */
export async function newTest(coordinator: UserActor, programmeId: string): Promise<string> {
	const { id } = await createSurvey(coordinator, {
		programmeId,
		title: { en: 'Knowledge test' },
		languages: ['en']
	});
	await addSection(coordinator, id, { name: 'quiz', title: { en: 'Quiz' } });
	await addQuestion(coordinator, id, 'quiz', {
		name: 'first',
		type: 'single_choice',
		label: { en: 'First step?' },
		choices,
		required: true,
		marks: 2,
		correct: 'wash',
		module: 'M1'
	});
	await addQuestion(coordinator, id, 'quiz', {
		name: 'dose',
		type: 'number',
		label: { en: 'Dose?' },
		marks: 1,
		correct: 5,
		tolerance: 1,
		module: 'M2'
	});
	return id;
}

/** Marks every session attended by these registrations. */
export async function attendAll(sessionIds: string[], registrationIds: string[]): Promise<void> {
	await db()
		.insert(attendance)
		.values(
			sessionIds.flatMap((agendaItemId) =>
				registrationIds.map((registrationId) => ({ agendaItemId, registrationId }))
			)
		);
}

/**
 * A knowledge test of `items` one-mark yes/no questions `q01`, `q02`… (right answer: yes), each
 * tagged with the module `moduleOf(index)` gives; its id.
 */
export async function oneMarkTest(
	coordinator: UserActor,
	programmeId: string,
	items: number,
	moduleOf: (index: number) => string = () => 'M1'
): Promise<string> {
	const { id } = await createSurvey(coordinator, {
		programmeId,
		title: { en: `Test of ${items} marks` },
		languages: ['en']
	});
	await addSection(coordinator, id, { name: 'quiz', title: { en: 'Quiz' } });
	for (let index = 0; index < items; index += 1)
		await addQuestion(coordinator, id, 'quiz', {
			name: itemName(index),
			type: 'yes_no',
			label: { en: `Statement ${index + 1}` },
			marks: 1,
			correct: 'yes',
			module: moduleOf(index)
		});
	return id;
}

/** The name of the one-mark test's item at `index` (0-based): q01, q02… */
export const itemName = (index: number) => `q${String(index + 1).padStart(2, '0')}`;
/** A trainer with an account who facilitates the event (takes attendance and enters scores). */
export async function facilitatorOf(eventId: string): Promise<UserActor> {
	const trainer = await newAccount({ role: 'trainer', scope: { kind: 'platform' } });
	await db().insert(eventFacilitator).values({ eventId, userId: trainer.userId });
	return trainer;
}

/** The event's pre-test and post-test (pass mark 70 %) on its knowledge test, open now; their ids. */
export async function openTests(world: Awaited<ReturnType<typeof evaluatedEvent>>) {
	const phase = (phase: 'pre' | 'post') =>
		savePhase(world.coordinator, world.eventId, {
			phase,
			surveyId: world.testId,
			passMarkPercent: phase === 'post' ? 70 : undefined,
			...openWindow()
		});
	return { pre: (await phase('pre')).id, post: (await phase('post')).id };
}

export type EvaluatedEvent = Awaited<ReturnType<typeof evaluatedEvent>>;

/** A phase of the event's plan, its window closed; what recordMarks needs of it. */
export async function planPhase(
	world: EvaluatedEvent,
	kind: Phase,
	surveyId: string,
	extra: { passMarkPercent?: number; offsetDays?: number; anonymous?: boolean } = {}
) {
	const { id } = await savePhase(world.coordinator, world.eventId, {
		phase: kind,
		surveyId,
		...extra,
		...closedWindow()
	});
	return { id, kind, surveyId, passMarkPercent: extra.passMarkPercent ?? null };
}

/** The current definition of a survey. */
export async function definitionOf(surveyId: string) {
	const [{ definition }] = await db()
		.select({ definition: survey.definition })
		.from(survey)
		.where(eq(survey.id, surveyId));
	return definition;
}

/**
 * Stores one attempt per person, as a trainer enters paper scores: the first `marks[i]` items right
 * (one mark each), or the marks given per item.
 */
export async function recordMarks(
	world: EvaluatedEvent,
	target: Awaited<ReturnType<typeof planPhase>>,
	people: readonly string[],
	marks: ReadonlyArray<number | Record<string, number>>,
	attempt = 1
) {
	const definition = await definitionOf(target.surveyId);
	const items = definition.sections.flatMap((section) => section.questions.map((question) => question.name));
	await recordResults(
		db(),
		{
			id: target.id,
			eventId: world.eventId,
			phase: target.kind,
			passMarkPercent: target.passMarkPercent,
			surveyId: target.surveyId,
			definition
		},
		people.map((registrationId, index) => {
			const mark = marks[index];
			return {
				registrationId,
				countryCode: 'GR',
				profession: 'nurse',
				attempt,
				items:
					typeof mark === 'number'
						? Object.fromEntries(items.map((name, item) => [name, item < mark ? 1 : 0]))
						: mark
			};
		}),
		'entry',
		world.coordinator.userId
	);
}

/**
 * An event whose 12 participants took a 20-mark test (items 1–10 test module M1, 11–20 module M2)
 * before, after (pass mark 70 %) and 90 days later with the reference vectors' scores (the first
 * items right), and answered the satisfaction questionnaire anonymously (the vectors' ratings).
 */
export async function referenceEvaluation(coordinatorId: string) {
	const { A_pre_post: a, C_follow_up: c, D_satisfaction: d } = vectors;
	const world = await evaluatedEvent(coordinatorId, 12);
	const test = await oneMarkTest(world.coordinator, world.programmeId, 20, (index) =>
		index < 10 ? 'M1' : 'M2'
	);
	const pre = await planPhase(world, 'pre', test);
	const post = await planPhase(world, 'post', test, { passMarkPercent: 70 });
	const later = await planPhase(world, 'follow_up', test, { offsetDays: 90 });
	const satisfaction = await planPhase(world, 'satisfaction', world.satisfactionId, { anonymous: true });
	await recordMarks(world, pre, world.confirmed, a.pre);
	await recordMarks(world, post, world.confirmed, a.post);
	await recordMarks(world, later, world.confirmed, c.follow_up);
	// Anonymous answers: no registration, as the participant's page stores them.
	const versionId = await versionOf(world.satisfactionId, await definitionOf(world.satisfactionId));
	await db()
		.insert(evaluationSubmission)
		.values(
			d.likert_1_to_5.map((overall) => ({
				phaseId: satisfaction.id,
				eventId: world.eventId,
				versionId,
				source: 'entry' as const,
				answers: { overall } as Answers
			}))
		);
	return { world, post };
}
