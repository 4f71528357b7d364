// The evaluation plan's mail: when a phase opens, each confirmed participant who has not answered
// gets their personal link; before it closes, those who still have not answered get a reminder.
// A background job sends what is due; an organiser may send a phase's openings at once. Every mail
// is claimed in `evaluation_mailing` (insert … on conflict do nothing) in the transaction that
// records it in the outbox, so it goes out once across restarts, retries and instances.
import { asc, eq, sql } from 'drizzle-orm';
import type { MailingKind, Phase } from '../../evaluation/values.js';
import type { InterfaceLocale } from '../../i18n/content-languages.js';
import type { Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { authorize } from '../auth/authorize.js';
import { db, type Tx } from '../db/client.js';
import {
	evaluationMailing,
	evaluationPhase,
	evaluationReceipt,
	evaluationSubmission
} from '../db/schema/evaluation.js';
import { event, registration } from '../db/schema/events.js';
import { DomainError } from '../errors.js';
import { asLocale } from '../events/registration/news.js';
import { getEventPlace } from '../events/place.js';
import { sendMail, type Mail } from '../mail/send-mail.js';
import { linksOf, personalEvaluationPath } from './links.js';

/** The job's queue: it runs every ten minutes on one instance at a time. */
export const evaluationMailJob = 'evaluation-mail';

/** One mail of a phase to one participant, as the composer needs it. */
export type EvaluationLetter = {
	kind: MailingKind;
	/** The participant's language: the mail is written in it. */
	locale: InterfaceLocale;
	eventTitle: Localized;
	phase: Phase;
	offsetDays: number;
	anonymous: boolean;
	closesAt: Date;
	/** The venue's time zone, in which the closing time is told. */
	timeZone: string;
	/** The participant's personal page (a path: the composer makes it absolute). */
	path: string;
};

/** Writes a mail of the plan; composed where the interface messages are, in `letter.locale`. */
export type EvaluationMail = (letter: EvaluationLetter) => Omit<Mail, 'to'>;

// The reminder goes two days before the phase closes, or half-way through a shorter window.
const remindAt = sql`greatest(${evaluationPhase.closesAt} - interval '2 days',
	${evaluationPhase.opensAt} + (${evaluationPhase.closesAt} - ${evaluationPhase.opensAt}) / 2)`;

// Who has not answered the phase: no submission of theirs (named) and no receipt (anonymous).
const notAnswered = sql`not exists (select 1 from ${evaluationSubmission}
		where ${evaluationSubmission.phaseId} = ${evaluationPhase.id}
			and ${evaluationSubmission.registrationId} = ${registration.id})
	and not exists (select 1 from ${evaluationReceipt}
		where ${evaluationReceipt.phaseId} = ${evaluationPhase.id}
			and ${evaluationReceipt.registrationId} = ${registration.id})`;

/**
 * Claims the event's due mails and returns them: the opening of each open phase to each confirmed
 * participant who has not answered it, and (unless only openings are asked) the reminder to those
 * of them whose opening went before the reminder's time. A participant confirmed, or a phase
 * planned, after that time gets the opening only. Rows are claimed in one order, so two senders
 * wait for each other instead of deadlocking, and the later one claims nothing of the earlier's.
 */
async function claimDue(tx: Tx, eventId: string, now: Date, kinds: readonly MailingKind[]) {
	const due = (kind: MailingKind, condition: ReturnType<typeof sql>) => sql`
		select ${evaluationPhase.id}, ${registration.id}, ${kind}::evaluation_mailing_kind, ${now}::timestamptz
		from ${evaluationPhase}
		join ${registration} on ${registration.eventId} = ${evaluationPhase.eventId}
			and ${registration.status} = 'confirmed'
		where ${evaluationPhase.eventId} = ${eventId}
			and ${evaluationPhase.opensAt} <= ${now} and ${evaluationPhase.closesAt} > ${now}
			and ${notAnswered} and ${condition}`;
	const reminder = due(
		'reminder',
		sql`${remindAt} <= ${now} and exists (select 1 from ${evaluationMailing} opening
			where opening.phase_id = ${evaluationPhase.id} and opening.registration_id = ${registration.id}
				and opening.kind = 'opening' and opening.sent_at < ${remindAt})`
	);
	const wanted = [
		due('opening', sql`true`),
		...(kinds.includes('reminder') ? [sql`union all ${reminder}`] : [])
	];
	const claimed = await tx.execute<{ phase_id: string; registration_id: string; kind: MailingKind }>(sql`
		insert into ${evaluationMailing} (phase_id, registration_id, kind, sent_at)
		${sql.join(wanted, sql` `)}
		order by 1, 2, 3
		on conflict do nothing
		returning phase_id, registration_id, kind`);
	return claimed.rows;
}

/** Claims and sends an event's due mails, in the caller's transaction; returns how many went. */
async function mailEvent(
	tx: Tx,
	eventId: string,
	compose: EvaluationMail,
	now: Date,
	kinds: readonly MailingKind[]
): Promise<number> {
	const claimed = await claimDue(tx, eventId, now, kinds);
	if (claimed.length === 0) return 0;
	const [held] = await tx
		.select({ title: event.title, timeZone: event.timeZone })
		.from(event)
		.where(eq(event.id, eventId));
	const phases = new Map(
		(await tx.select().from(evaluationPhase).where(eq(evaluationPhase.eventId, eventId))).map((row) => [
			row.id,
			row
		])
	);
	const links = new Map((await linksOf(tx, eventId)).map((link) => [link.registrationId, link]));
	let sent = 0;
	for (const mailing of claimed) {
		const phase = phases.get(mailing.phase_id)!;
		// Gone from the confirmed since the claim (cancelled meanwhile): no mail.
		const link = links.get(mailing.registration_id);
		if (!link) continue;
		await sendMail(
			{
				to: link.email,
				...compose({
					kind: mailing.kind,
					locale: asLocale(link.locale),
					eventTitle: held.title,
					phase: phase.phase,
					offsetDays: phase.offsetDays,
					anonymous: phase.anonymous,
					closesAt: phase.closesAt,
					timeZone: held.timeZone,
					path: personalEvaluationPath(link.token)
				})
			},
			tx
		);
		sent += 1;
	}
	return sent;
}

/**
 * The job: sends every mail of the plans that is due (openings of open phases, reminders of those
 * closing), each once, event by event (one transaction each). Archived events get none.
 */
export async function sendDueEvaluationMail(
	compose: EvaluationMail,
	now = new Date()
): Promise<{ sent: number }> {
	const events = await db()
		.selectDistinct({ id: evaluationPhase.eventId })
		.from(evaluationPhase)
		.innerJoin(event, eq(event.id, evaluationPhase.eventId))
		.where(
			sql`${evaluationPhase.opensAt} <= ${now} and ${evaluationPhase.closesAt} > ${now}
				and ${event.archivedAt} is null`
		)
		.orderBy(asc(evaluationPhase.eventId));
	let sent = 0;
	for (const { id } of events)
		sent += await db().transaction((tx) => mailEvent(tx, id, compose, now, ['opening', 'reminder']));
	return { sent };
}

/**
 * "Send the personal links now": the openings of the event's open phases that have not gone yet,
 * the same mails as the job's (so neither sends one twice). Refused when no phase is open. Returns
 * how many went.
 */
export async function sendPersonalLinks(
	actor: Actor,
	eventId: string,
	compose: EvaluationMail,
	now = new Date()
): Promise<number> {
	return db().transaction(async (tx) => {
		authorize(actor, 'manage', await getEventPlace(tx, eventId));
		const [open] = await tx
			.select({ id: evaluationPhase.id })
			.from(evaluationPhase)
			.where(
				sql`${evaluationPhase.eventId} = ${eventId}
					and ${evaluationPhase.opensAt} <= ${now} and ${evaluationPhase.closesAt} > ${now}`
			)
			.limit(1);
		if (!open)
			throw new DomainError('conflict', 'no phase of the plan is open', {
				fields: { _: ['no_open_phase'] }
			});
		return mailEvent(tx, eventId, compose, now, ['opening']);
	});
}
