import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { evaluationMail } from '../../evaluation/mail.js';
import { wallTime } from '../../events/time-zone.js';
import { db } from '../db/client.js';
import { evaluationMailing, evaluationPhase } from '../db/schema/evaluation.js';
import { registration } from '../db/schema/events.js';
import { mailMessage } from '../db/schema/system.js';
import { evaluatedEvent } from '../testing/evaluation.js';
import { actor, focalPointOf, refusal } from '../testing/fixtures.js';
import { useTestDatabase } from '../testing/database.js';
import { listPersonalLinks } from './links.js';
import { sendDueEvaluationMail, sendPersonalLinks } from './mailings.js';
import { savePhase } from './plan.js';
import { submitInstrument } from './take.js';

useTestDatabase();

const hour = 3_600_000;
const day = 24 * hour;
const compose = evaluationMail((path) => `https://mhub.example.org${path}`);
const run = (at = new Date()) => sendDueEvaluationMail(compose, at);
const later = (ms: number) => new Date(Date.now() + ms);

/** A window from an hour ago until `days` from now, as the plan form writes it. */
const windowOf = (days: number) => ({
	opensAt: wallTime(later(-hour), 'UTC'),
	closesAt: wallTime(later(days * day), 'UTC')
});

/** An event of three confirmed participants (English, French, Arabic) and one waitlisted, with its own addresses. */
async function world(name: string) {
	const made = await evaluatedEvent(`${name}-coordinator`, 3);
	const locales = ['en', 'fr', 'ar'];
	for (const [index, id] of [...made.confirmed, ...made.waitlisted].entries())
		await db()
			.update(registration)
			.set({ email: `${name}-${index + 1}@example.org`, locale: locales[index] ?? 'en' })
			.where(eq(registration.id, id));
	const links = await listPersonalLinks(made.coordinator, made.eventId);
	const tokenOf = new Map(links.map((link) => [link.registrationId, link.token]));
	return { ...made, token: (registrationId: string) => tokenOf.get(registrationId)! };
}

/** Who was mailed what for the event's phases, as "kind phase address", sorted. */
async function mailed(eventId: string): Promise<string[]> {
	const rows = await db()
		.select({ kind: evaluationMailing.kind, phase: evaluationPhase.phase, email: registration.email })
		.from(evaluationMailing)
		.innerJoin(evaluationPhase, eq(evaluationPhase.id, evaluationMailing.phaseId))
		.innerJoin(registration, eq(registration.id, evaluationMailing.registrationId))
		.where(eq(evaluationPhase.eventId, eventId));
	return rows.map((row) => `${row.kind} ${row.phase} ${row.email}`).sort();
}

/** The outbox's mails to these addresses, oldest first. */
const outboxOf = (...addresses: string[]) =>
	db()
		.select({ to: mailMessage.toAddress, subject: mailMessage.subject, text: mailMessage.textBody })
		.from(mailMessage)
		.where(inArray(mailMessage.toAddress, addresses))
		.orderBy(asc(mailMessage.createdAt), asc(mailMessage.toAddress));

const submit = (token: string, phaseId: string, answers: Record<string, unknown>) =>
	submitInstrument(token, phaseId, { answers: answers as never, submissionKey: randomUUID() });

describe('the evaluation plan’s mail', () => {
	it('sends each confirmed participant the opening once, even from two runs at the same time, and not again later', async () => {
		const w = await world('race');
		await savePhase(w.coordinator, w.eventId, { phase: 'pre', surveyId: w.testId, ...windowOf(5) });

		await Promise.all([run(), run()]);
		await run(later(hour));

		expect(await mailed(w.eventId)).toEqual([
			'opening pre race-1@example.org',
			'opening pre race-2@example.org',
			'opening pre race-3@example.org'
		]);
		const outbox = await outboxOf('race-1@example.org', 'race-2@example.org', 'race-3@example.org');
		expect(outbox.map((mail) => mail.to).sort()).toEqual([
			'race-1@example.org',
			'race-2@example.org',
			'race-3@example.org'
		]);
		// The waitlisted registrant gets nothing.
		expect(await outboxOf('race-4@example.org')).toEqual([]);
	});

	it('writes each mail in the participant’s language, with their own absolute link', async () => {
		const w = await world('words');
		await savePhase(w.coordinator, w.eventId, {
			phase: 'follow_up',
			offsetDays: 90,
			surveyId: w.testId,
			...windowOf(20)
		});
		await run();
		const [english, french, arabic] = w.confirmed;
		const [toEnglish] = await outboxOf('words-1@example.org');
		const [toFrench] = await outboxOf('words-2@example.org');
		const [toArabic] = await outboxOf('words-3@example.org');
		expect(toEnglish.subject).toContain('90-day follow-up questionnaire is open');
		expect(toEnglish.text).toContain(`https://mhub.example.org/t/${w.token(english)}`);
		expect(toFrench.subject).toContain('questionnaire de suivi à 90 jours est ouvert');
		expect(toFrench.text).toMatch(/^Bonjour,/);
		expect(toFrench.text).toContain(`https://mhub.example.org/t/${w.token(french)}`);
		expect(toArabic.subject).toContain('استبيان المتابعة بعد 90 يومًا');
		expect(toArabic.text).toContain(`https://mhub.example.org/t/${w.token(arabic)}`);
		expect(toArabic.text).not.toContain(w.token(english));
	});

	it('reminds only those who have not answered a named phase, two days before it closes', async () => {
		const w = await world('named');
		const { id: phaseId } = await savePhase(w.coordinator, w.eventId, {
			phase: 'post',
			surveyId: w.testId,
			...windowOf(5)
		});
		await run();
		const [answered] = w.confirmed;
		expect(await submit(w.token(answered), phaseId, { first: 'wash', dose: 5 })).toMatchObject({ ok: true });

		await run(later(3 * day - hour));
		expect((await mailed(w.eventId)).filter((row) => row.startsWith('reminder'))).toEqual([]);
		await Promise.all([run(later(3 * day + hour)), run(later(3 * day + hour))]);
		await run(later(4 * day));
		expect((await mailed(w.eventId)).filter((row) => row.startsWith('reminder'))).toEqual([
			'reminder post named-2@example.org',
			'reminder post named-3@example.org'
		]);
		const [reminder] = (await outboxOf('named-2@example.org')).slice(1);
		expect(reminder.subject).toMatch(/^Rappel : le post-test de « Event \d+ » se termine bientôt$/);
		expect(reminder.text).toContain('nous n’avons pas encore reçu vos réponses');
	});

	it('reminds only those with no receipt for an anonymous phase, half-way through a short window', async () => {
		const w = await world('anonymous');
		const { id: phaseId } = await savePhase(w.coordinator, w.eventId, {
			phase: 'satisfaction',
			surveyId: w.satisfactionId,
			anonymous: true,
			...windowOf(1)
		});
		await run();
		const [, answered] = w.confirmed;
		expect(await submit(w.token(answered), phaseId, { overall: 4 })).toMatchObject({ ok: true });
		const [opening] = await outboxOf('anonymous-1@example.org');
		expect(opening.text).toContain('Your answers to this questionnaire are kept without your name.');

		// The window is 25 hours long: the reminder's time is its middle, not two days before it closes.
		await run(later(11 * hour));
		expect((await mailed(w.eventId)).filter((row) => row.startsWith('reminder'))).toEqual([]);
		await run(later(12 * hour));
		expect((await mailed(w.eventId)).filter((row) => row.startsWith('reminder'))).toEqual([
			'reminder satisfaction anonymous-1@example.org',
			'reminder satisfaction anonymous-3@example.org'
		]);
	});

	it('gives a participant confirmed after the reminder’s time the opening only, and mails nobody unconfirmed', async () => {
		const w = await world('late');
		await savePhase(w.coordinator, w.eventId, { phase: 'post', surveyId: w.testId, ...windowOf(5) });
		await run();
		const [waiting] = w.waitlisted;
		await run(later(3 * day + hour));
		expect(await outboxOf('late-4@example.org')).toEqual([]);
		await db().update(registration).set({ status: 'confirmed' }).where(eq(registration.id, waiting));
		await run(later(3 * day + 2 * hour));
		await run(later(3 * day + 3 * hour));
		expect((await mailed(w.eventId)).filter((row) => row.endsWith('late-4@example.org'))).toEqual([
			'opening post late-4@example.org'
		]);
		// Cancelled: no more mail, not even the next phase's opening.
		await db().update(registration).set({ status: 'cancelled' }).where(eq(registration.id, waiting));
		await savePhase(w.coordinator, w.eventId, {
			phase: 'satisfaction',
			surveyId: w.satisfactionId,
			...windowOf(5)
		});
		await run();
		expect(await outboxOf('late-4@example.org')).toHaveLength(1);
	});

	it('lets an organiser send the openings now, which the job then does not send again', async () => {
		const w = await world('manual');
		await expect(sendPersonalLinks(w.coordinator, w.eventId, compose)).rejects.toMatchObject(
			refusal('conflict', { _: ['no_open_phase'] })
		);
		await savePhase(w.coordinator, w.eventId, { phase: 'pre', surveyId: w.testId, ...windowOf(5) });
		const stranger = actor('manual-stranger', focalPointOf('MT'));
		await expect(sendPersonalLinks(stranger, w.eventId, compose)).rejects.toMatchObject({
			code: 'forbidden'
		});

		await Promise.all([sendPersonalLinks(w.coordinator, w.eventId, compose), run()]);
		expect(await sendPersonalLinks(w.coordinator, w.eventId, compose)).toBe(0);
		await run();
		const outbox = await outboxOf('manual-1@example.org', 'manual-2@example.org', 'manual-3@example.org');
		expect(outbox).toHaveLength(3);
		const rows = await db()
			.select({ n: sql<number>`count(*)::int` })
			.from(evaluationMailing)
			.innerJoin(evaluationPhase, eq(evaluationPhase.id, evaluationMailing.phaseId))
			.where(and(eq(evaluationPhase.eventId, w.eventId), eq(evaluationMailing.kind, 'opening')));
		expect(rows).toEqual([{ n: 3 }]);
	});
});
