import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db/client.js';
import {
	evaluationItem,
	evaluationPhase,
	evaluationReceipt,
	evaluationSubmission,
	instrumentVersion
} from '../db/schema/evaluation.js';
import { event } from '../db/schema/events.js';
import { issueCertificates, listCompletion } from '../events/certificates.js';
import { updateQuestion } from '../surveys/builder.js';
import { attendAll, closedWindow, evaluatedEvent, openWindow } from '../testing/evaluation.js';
import { actor, countRows, focalPointOf, refusal } from '../testing/fixtures.js';
import { useTestDatabase } from '../testing/database.js';
import { listPersonalLinks } from './links.js';
import { copyPlan, getPlan, removePhase, savePhase } from './plan.js';
import { newEvent } from '../testing/events.js';
import { openInstrument, openPersonalEvaluation, saveDraft, submitInstrument } from './take.js';

useTestDatabase();

let world: Awaited<ReturnType<typeof evaluatedEvent>>;
let tokens: string[];

const right = { first: 'wash', dose: 5 };
const half = { first: 'wash', dose: 9 }; // 2 of 3
const wrong = { first: 'run', dose: 9 }; // 0 of 3

beforeAll(async () => {
	world = await evaluatedEvent('evaluation-coordinator', 3);
	tokens = (await listPersonalLinks(world.coordinator, world.eventId)).map((link) => link.token);
});

const submit = (token: string, phaseId: string, answers: Record<string, unknown>, key = randomUUID()) =>
	submitInstrument(token, phaseId, { answers: answers as never, submissionKey: key });

describe('an event’s evaluation plan', () => {
	it('refuses a scored phase on a questionnaire that is no test, and a survey of another programme', async () => {
		await expect(
			savePhase(world.coordinator, world.eventId, { phase: 'pre', surveyId: world.satisfactionId })
		).rejects.toMatchObject(refusal('invalid', { surveyId: ['not_a_test'] }));
		await expect(
			savePhase(world.coordinator, world.eventId, { phase: 'pre', surveyId: randomUUID() })
		).rejects.toMatchObject(refusal('invalid', { surveyId: ['invalid_choice'] }));
		await expect(
			savePhase(world.coordinator, world.eventId, { phase: 'follow_up', surveyId: world.testId })
		).rejects.toMatchObject(refusal('invalid', { offsetDays: ['required'] }));
		await expect(
			savePhase(world.coordinator, world.eventId, {
				phase: 'pre',
				surveyId: world.testId,
				opensAt: '2026-05-02T10:00',
				closesAt: '2026-05-01T10:00'
			})
		).rejects.toMatchObject(refusal('invalid', { closesAt: ['closes_before_opens'] }));
		expect(await countRows(evaluationPhase)).toBe(0);
	});

	it('closes the pre-test when the first session starts unless told otherwise', async () => {
		const { id } = await savePhase(world.coordinator, world.eventId, {
			phase: 'pre',
			surveyId: world.testId
		});
		const plan = await getPlan(world.coordinator, world.eventId);
		expect(plan.phases).toHaveLength(1);
		expect(plan.phases[0]).toMatchObject({ id, phase: 'pre', closesAt: new Date('2018-05-29T09:00:00Z') });
		expect(plan.instruments.map((instrument) => [instrument.id, instrument.isTest])).toEqual([
			[world.testId, true],
			[world.satisfactionId, false]
		]);
	});

	it('lets only whoever runs the event keep its plan', async () => {
		const stranger = actor('evaluation-stranger', focalPointOf('MT'));
		await expect(
			savePhase(stranger, world.eventId, { phase: 'post', surveyId: world.testId })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(listPersonalLinks(stranger, world.eventId)).rejects.toMatchObject({ code: 'forbidden' });
	});
});

describe('taking the tests through a personal link', () => {
	let pre: string;
	let post: string;
	let satisfaction: string;

	beforeAll(async () => {
		({ id: pre } = await savePhase(world.coordinator, world.eventId, {
			phase: 'pre',
			surveyId: world.testId,
			...openWindow()
		}));
		({ id: post } = await savePhase(world.coordinator, world.eventId, {
			phase: 'post',
			surveyId: world.testId,
			passMarkPercent: 70,
			...openWindow()
		}));
		({ id: satisfaction } = await savePhase(world.coordinator, world.eventId, {
			phase: 'satisfaction',
			surveyId: world.satisfactionId,
			anonymous: true,
			...openWindow()
		}));
	});

	it('gives confirmed participants a link each, and nobody else', async () => {
		expect(new Set(tokens).size).toBe(3);
		expect(
			(await openPersonalEvaluation(tokens[0])).phases.map((phase) => [phase.phase, phase.state])
		).toEqual([
			['pre', 'open'],
			['post', 'open'],
			['satisfaction', 'open']
		]);
		await expect(openPersonalEvaluation('x'.repeat(43))).rejects.toMatchObject({ code: 'not_found' });
	});

	it('refuses answers that do not validate, storing nothing', async () => {
		const result = await submit(tokens[0], pre, { dose: 'many' });
		expect(result).toMatchObject({ ok: false, reason: 'invalid' });
		if (result.ok || result.reason !== 'invalid') throw new Error('accepted');
		expect(Object.keys(result.errors).sort()).toEqual(['dose', 'first']);
		expect(await countRows(evaluationSubmission)).toBe(0);
	});

	it('scores a pre-test, keeps its marks per item, freezes the instrument, and takes it once', async () => {
		const key = randomUUID();
		expect(await submit(tokens[0], pre, half, key)).toEqual({
			ok: true,
			duplicate: false,
			attempt: { attempt: 1, score: 2, maxScore: 3, passed: null }
		});
		expect((await submit(tokens[0], pre, half, key)).ok).toBe(true); // the same press again
		expect(await submit(tokens[0], pre, right)).toEqual({ ok: false, reason: 'done' });
		const [stored] = await db()
			.select()
			.from(evaluationSubmission)
			.where(eq(evaluationSubmission.phaseId, pre));
		expect(stored).toMatchObject({
			score: 2,
			maxScore: 3,
			countryCode: 'GR',
			profession: 'nurse',
			source: 'web'
		});
		const items = await db()
			.select({ item: evaluationItem.item, module: evaluationItem.module, earned: evaluationItem.earned })
			.from(evaluationItem)
			.where(eq(evaluationItem.submissionId, stored.id));
		expect(items.sort((a, b) => a.item.localeCompare(b.item))).toEqual([
			{ item: 'dose', module: 'M2', earned: 0 },
			{ item: 'first', module: 'M1', earned: 2 }
		]);
		expect(await countRows(instrumentVersion)).toBe(1);
	});

	it('starts a new version when the instrument changes after its first answer; results never mix them', async () => {
		await updateQuestion(world.coordinator, world.testId, 'dose', {
			name: 'dose',
			type: 'number',
			label: { en: 'Dose in mg?' },
			marks: 1,
			correct: 5,
			tolerance: 1,
			module: 'M2'
		});
		await submit(tokens[1], pre, right);
		const versions = await db()
			.select({ number: instrumentVersion.number, id: instrumentVersion.id })
			.from(instrumentVersion)
			.where(eq(instrumentVersion.surveyId, world.testId))
			.orderBy(instrumentVersion.number);
		expect(versions.map((version) => version.number)).toEqual([1, 2]);
		const [second] = await db()
			.select({ versionId: evaluationSubmission.versionId })
			.from(evaluationSubmission)
			.where(eq(evaluationSubmission.submissionKey, (await lastKey(pre))!));
		expect(second.versionId).toBe(versions[1].id);
	});

	it('lets a failed post-test be taken again, and the pass feeds the certificate', async () => {
		await attendAll(world.sessionIds, [world.confirmed[0]]);
		await db().update(event).set({ requiresPostTest: true }).where(eq(event.id, world.eventId));
		expect(await submit(tokens[0], post, wrong)).toMatchObject({
			ok: true,
			attempt: { attempt: 1, passed: false }
		});
		let sheet = await listCompletion(world.coordinator, world.eventId);
		expect(sheet.rows.find((row) => row.registrationId === world.confirmed[0])?.completion).toEqual({
			complete: false,
			reason: 'post_test_failed'
		});
		expect((await openPersonalEvaluation(tokens[0])).phases[1].state).toBe('retake');
		expect(await submit(tokens[0], post, half)).toMatchObject({
			ok: true,
			attempt: { attempt: 2, passed: false }
		});
		expect(await submit(tokens[0], post, right)).toMatchObject({
			ok: true,
			attempt: { attempt: 3, passed: true }
		});
		expect(await submit(tokens[0], post, right)).toEqual({ ok: false, reason: 'done' });
		sheet = await listCompletion(world.coordinator, world.eventId);
		expect(sheet.rows.find((row) => row.registrationId === world.confirmed[0])?.completion).toEqual({
			complete: true
		});
		expect(await issueCertificates(world.coordinator, world.eventId)).toBe(1);
	});

	it('keeps satisfaction anonymous: the answer says no name, a receipt says who answered', async () => {
		expect(await submit(tokens[2], satisfaction, { overall: 4 })).toEqual({
			ok: true,
			duplicate: false,
			attempt: null
		});
		expect(await submit(tokens[2], satisfaction, { overall: 5 })).toEqual({ ok: false, reason: 'done' });
		const rows = await db()
			.select({ registrationId: evaluationSubmission.registrationId, answers: evaluationSubmission.answers })
			.from(evaluationSubmission)
			.where(eq(evaluationSubmission.phaseId, satisfaction));
		expect(rows).toEqual([{ registrationId: null, answers: { overall: 4 } }]);
		const receipts = await db()
			.select({ registrationId: evaluationReceipt.registrationId })
			.from(evaluationReceipt)
			.where(eq(evaluationReceipt.phaseId, satisfaction));
		expect(receipts).toEqual([{ registrationId: world.confirmed[2] }]);
		expect((await openPersonalEvaluation(tokens[2])).phases[2].state).toBe('done');
	});

	it('keeps a draft to finish later, and refuses a closed phase', async () => {
		expect(await saveDraft(tokens[2], post, { answers: { first: 'wash' } })).toEqual({ ok: true });
		expect((await openInstrument(tokens[2], post)).answers).toEqual({ first: 'wash' });
		await savePhase(world.coordinator, world.eventId, {
			phase: 'post',
			surveyId: world.testId,
			passMarkPercent: 70,
			...closedWindow()
		});
		expect(await submit(tokens[2], post, right)).toEqual({ ok: false, reason: 'closed' });
		expect((await openInstrument(tokens[2], post)).definition.sections).toEqual([]);
	});

	it('shows a participant their marks per module once the post-test has closed', async () => {
		const mine = await openPersonalEvaluation(tokens[0]);
		expect(mine.modules).toEqual([
			{ phase: 'pre', module: 'M1', score: 2, maxScore: 2 },
			{ phase: 'post', module: 'M1', score: 2, maxScore: 2 },
			{ phase: 'pre', module: 'M2', score: 0, maxScore: 1 },
			{ phase: 'post', module: 'M2', score: 1, maxScore: 1 }
		]);
	});

	it('keeps a phase with answers in the plan and on its instrument', async () => {
		await expect(removePhase(world.coordinator, world.eventId, pre)).rejects.toMatchObject(
			refusal('conflict', { _: ['phase_has_answers'] })
		);
		await expect(
			savePhase(world.coordinator, world.eventId, { phase: 'satisfaction', surveyId: world.satisfactionId })
		).rejects.toMatchObject(refusal('conflict', { surveyId: ['phase_has_answers'] }));
	});
});

async function lastKey(phaseId: string) {
	const rows = await db()
		.select({ key: evaluationSubmission.submissionKey, at: evaluationSubmission.submittedAt })
		.from(evaluationSubmission)
		.where(and(eq(evaluationSubmission.phaseId, phaseId)))
		.orderBy(evaluationSubmission.submittedAt);
	return rows.at(-1)?.key;
}

describe('a plan started from another event’s', () => {
	it('copies the phases with windows proposed for the event, keeping those it has, within the programme', async () => {
		const target = await newEvent({
			programmeId: world.programmeId,
			timeZone: 'UTC',
			startsOn: '2026-03-02',
			endsOn: '2026-03-03'
		});
		await savePhase(world.coordinator, target, { phase: 'pre', surveyId: world.testId, ...openWindow() });
		const plan = await getPlan(world.coordinator, target);
		expect(plan.sources.map((source) => source.id)).toEqual([world.eventId]);
		expect(await copyPlan(world.coordinator, target, world.eventId)).toBe(2); // post and satisfaction
		const copied = await getPlan(world.coordinator, target);
		expect(copied.phases.map((phase) => [phase.phase, phase.passMarkPercent, phase.anonymous])).toEqual([
			['pre', null, false],
			['post', 70, false],
			['satisfaction', null, true]
		]);
		expect(copied.phases[1].closesAt).toEqual(new Date('2026-03-18T00:00:00Z'));
		const elsewhere = await newEvent({ timeZone: 'UTC' });
		await expect(copyPlan(world.coordinator, target, elsewhere)).rejects.toMatchObject(
			refusal('invalid', { fromEventId: ['invalid_choice'] })
		);
	});
});
