import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UserActor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { evaluationSubmission } from '../db/schema/evaluation.js';
import { evaluatedEvent, facilitatorOf, openTests, openWindow } from '../testing/evaluation.js';
import { countRows, focalPointOf, actor, refusal } from '../testing/fixtures.js';
import { useTestDatabase } from '../testing/database.js';
import { enterScores } from './entry.js';
import { listPersonalLinks } from './links.js';
import { savePhase } from './plan.js';
import { getScoreSheet, listScoredPhases } from './score-sheet.js';
import { submitInstrument } from './take.js';

useTestDatabase();

let world: Awaited<ReturnType<typeof evaluatedEvent>>;
let trainer: UserActor;
let pre: string;
let post: string;
let satisfaction: string;
let eleni: string;
let nikos: string;
let anna: string;

beforeAll(async () => {
	world = await evaluatedEvent('entry-coordinator', 3);
	trainer = await facilitatorOf(world.eventId);
	[eleni, nikos, anna] = world.confirmed;
	({ pre, post } = await openTests(world));
	({ id: satisfaction } = await savePhase(world.coordinator, world.eventId, {
		phase: 'satisfaction',
		surveyId: world.satisfactionId,
		...openWindow()
	}));
});

const storedScores = async (phaseId: string) =>
	(
		await db()
			.select({
				registrationId: evaluationSubmission.registrationId,
				attempt: evaluationSubmission.attempt,
				score: evaluationSubmission.score,
				source: evaluationSubmission.source
			})
			.from(evaluationSubmission)
			.where(eq(evaluationSubmission.phaseId, phaseId))
			.orderBy(evaluationSubmission.submittedAt, evaluationSubmission.attempt)
	).map((row) => ({ ...row, registrationId: [eleni, nikos, anna].indexOf(row.registrationId!) }));

describe('the score grid of a phase', () => {
	it('shows the confirmed participants and the test’s items with their marks and steps', async () => {
		const sheet = await getScoreSheet(trainer, world.eventId, pre);
		expect(sheet.items.map((item) => [item.name, item.marks, item.step, item.module])).toEqual([
			['first', 2, 1, 'M1'],
			['dose', 1, 1, 'M2']
		]);
		expect(sheet.maxScore).toBe(3);
		expect(sheet.people.map((person) => [person.fullName, person.state, person.code.length])).toEqual([
			['Participant 1', 'open', 8],
			['Participant 2', 'open', 8],
			['Participant 3', 'open', 8]
		]);
		expect(sheet.people[0].code).toBe(eleni.slice(0, 8).toUpperCase());
		expect((await listScoredPhases(trainer, world.eventId)).map((phase) => phase.id)).toEqual([pre, post]);
		// The satisfaction questionnaire is not scored.
		await expect(getScoreSheet(trainer, world.eventId, satisfaction)).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('stores nothing when a cell is wrong, and says which cell and why', async () => {
		await expect(
			enterScores(trainer, world.eventId, pre, {
				mode: 'items',
				scores: {
					[eleni]: { first: '2', dose: '1' },
					[nikos]: { first: 'x', dose: '2' },
					[anna]: { first: '-1', dose: '' }
				}
			})
		).rejects.toMatchObject(
			refusal('invalid', {
				[`scores.${nikos}.first`]: ['mark_not_a_number'],
				[`scores.${nikos}.dose`]: ['mark_above_marks'],
				[`scores.${anna}.first`]: ['mark_negative'],
				[`scores.${anna}.dose`]: ['mark_missing']
			})
		);
		await expect(
			enterScores(trainer, world.eventId, pre, { mode: 'total', scores: { [eleni]: { total: '3.5' } } })
		).rejects.toMatchObject(refusal('invalid', { [`scores.${eleni}.total`]: ['mark_above_marks'] }));
		const stranger = randomUUID();
		await expect(
			enterScores(trainer, world.eventId, pre, { scores: { [stranger]: { first: '1', dose: '1' } } })
		).rejects.toMatchObject(refusal('invalid', { [`scores.${stranger}`]: ['unknown_person'] }));
		await expect(
			enterScores(trainer, world.eventId, pre, { scores: { [eleni]: { first: '', dose: '' } } })
		).rejects.toMatchObject(refusal('invalid', { _: ['scores_nothing_entered'] }));
		expect(await countRows(evaluationSubmission)).toBe(0);
	});

	it('stores the grid whole, leaves blank people out, and shows the stored scores read-only after', async () => {
		const { stored } = await enterScores(trainer, world.eventId, pre, {
			mode: 'items',
			scores: {
				[eleni]: { first: '2', dose: '0' },
				[nikos]: { first: '0', dose: '1' },
				[anna]: { first: '', dose: '' }
			},
			attempts: { [eleni]: '1', [nikos]: '1', [anna]: '1' }
		});
		expect(stored).toBe(2);
		expect(await storedScores(pre)).toEqual(
			expect.arrayContaining([
				{ registrationId: 0, attempt: 1, score: 2, source: 'entry' },
				{ registrationId: 1, attempt: 1, score: 1, source: 'entry' }
			])
		);
		const sheet = await getScoreSheet(trainer, world.eventId, pre);
		expect(sheet.people.map((person) => [person.state, person.attempts.map((a) => a.score)])).toEqual([
			['done', [2]],
			['done', [1]],
			['open', []]
		]);
		// No silent overwrite: the grid sent again is refused whole, the blank person not stored either.
		await expect(
			enterScores(trainer, world.eventId, pre, {
				scores: { [eleni]: { first: '0', dose: '0' }, [anna]: { first: '1', dose: '1' } }
			})
		).rejects.toMatchObject(refusal('invalid', { [`scores.${eleni}`]: ['already_has_result'] }));
		expect(await countRows(evaluationSubmission)).toBe(2);
	});

	it('stores a retake of a failed post-test as the next attempt, once', async () => {
		await enterScores(trainer, world.eventId, post, {
			mode: 'total',
			scores: { [eleni]: { total: '1' }, [nikos]: { total: '3' } }
		});
		const sheet = await getScoreSheet(trainer, world.eventId, post);
		expect(sheet.people.map((person) => [person.state, person.nextAttempt])).toEqual([
			['retake', 2],
			['done', 2],
			['open', 1]
		]);
		const retake = { mode: 'total', scores: { [eleni]: { total: '3' } }, attempts: { [eleni]: '2' } };
		await enterScores(trainer, world.eventId, post, retake);
		// The same form posted twice is not a third attempt.
		await expect(enterScores(trainer, world.eventId, post, retake)).rejects.toMatchObject(
			refusal('invalid', { [`scores.${eleni}`]: ['already_has_result'] })
		);
		expect((await storedScores(post)).filter((row) => row.registrationId === 0)).toEqual([
			{ registrationId: 0, attempt: 1, score: 1, source: 'entry' },
			{ registrationId: 0, attempt: 2, score: 3, source: 'entry' }
		]);
	});

	it('keeps a result the participant gave on the web', async () => {
		const [, , annasToken] = (await listPersonalLinks(world.coordinator, world.eventId)).map(
			(link) => link.token
		);
		await submitInstrument(annasToken, post, {
			answers: { first: 'wash', dose: 5 },
			submissionKey: randomUUID()
		});
		await expect(
			enterScores(trainer, world.eventId, post, { mode: 'total', scores: { [anna]: { total: '0' } } })
		).rejects.toMatchObject(refusal('invalid', { [`scores.${anna}`]: ['already_has_result'] }));
	});

	it('lets only whoever takes attendance at the event enter scores', async () => {
		const otherEvent = await evaluatedEvent('entry-other-coordinator', 1);
		const otherTrainer = await facilitatorOf(otherEvent.eventId);
		const input = { mode: 'total', scores: { [anna]: { total: '1' } } };
		await expect(enterScores(otherTrainer, world.eventId, pre, input)).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(getScoreSheet(otherTrainer, world.eventId, pre)).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(
			enterScores(actor('entry-malta', focalPointOf('MT')), world.eventId, pre, input)
		).rejects.toMatchObject({
			code: 'forbidden'
		});
		// The phase of another event is not this event's.
		const { id: otherPre } = await savePhase(otherEvent.coordinator, otherEvent.eventId, {
			phase: 'pre',
			surveyId: otherEvent.testId,
			...openWindow()
		});
		await expect(enterScores(trainer, world.eventId, otherPre, input)).rejects.toMatchObject({
			code: 'not_found'
		});
		// The focal point of the event's country enters them.
		const focalGreece = actor('entry-greece', focalPointOf('GR'));
		expect((await getScoreSheet(focalGreece, world.eventId, pre)).people).toHaveLength(3);
	});
});
