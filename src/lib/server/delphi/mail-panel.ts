// Mail to a round's panel (their personal link, or a reminder to those who have not submitted),
// sent by a background job, now or at a chosen time. The caller composes each panellist's mail in
// their language (server code has no interface messages); the job sends it, and for reminders only
// to those who still have not submitted when it runs.
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { delphiPanellist, delphiParticipation } from '../db/schema/delphi.js';
import { person } from '../db/schema/directory.js';
import { DomainError } from '../errors.js';
import { enqueue } from '../jobs/queue.js';
import { sendMail, type Mail } from '../mail/send-mail.js';
import { getRound } from './rounds.js';

export const panelMailJob = 'delphi-panel-mail';

export type PanelMailRecipient = {
	panellistId: string;
	fullName: string;
	email: string;
	language: string;
	token: string;
};
export type PanelMailKind = 'links' | 'reminder';

/**
 * Queues mail for the round's panel: `links` to everyone, `reminder` to those who have not
 * submitted. People with no address in the directory are skipped and counted.
 */
export async function schedulePanelMail(
	actor: Actor,
	roundId: string,
	options: {
		kind: PanelMailKind;
		sendAt: Date | null;
		compose: (recipient: PanelMailRecipient) => Omit<Mail, 'to'>;
	}
): Promise<{ queued: number; withoutAddress: number }> {
	const round = await getRound(actor, roundId);
	if (round.closedAt)
		throw new DomainError('conflict', 'the round is closed', { fields: { _: ['round_closed'] } });
	if (options.sendAt && options.sendAt.getTime() < Date.now() - 60_000)
		throw new DomainError('invalid', 'the time has passed', { fields: { sendAt: ['in_the_past'] } });
	const panel = await db()
		.select({
			panellistId: delphiPanellist.id,
			fullName: person.fullName,
			email: person.email,
			language: delphiPanellist.language,
			token: delphiPanellist.token,
			submittedAt: delphiParticipation.submittedAt
		})
		.from(delphiPanellist)
		.innerJoin(person, eq(person.id, delphiPanellist.personId))
		.leftJoin(
			delphiParticipation,
			and(eq(delphiParticipation.panellistId, delphiPanellist.id), eq(delphiParticipation.roundId, roundId))
		)
		.where(eq(delphiPanellist.studyId, round.studyId));
	const wanted = panel.filter((row) => options.kind === 'links' || !row.submittedAt);
	const mails = wanted.flatMap((row) =>
		row.email
			? [{ panellistId: row.panellistId, to: row.email, ...options.compose({ ...row, email: row.email }) }]
			: []
	);
	if (mails.length > 0)
		await enqueue(
			panelMailJob,
			{ roundId, kind: options.kind, mails },
			options.sendAt ? { startAfter: options.sendAt } : {}
		);
	return { queued: mails.length, withoutAddress: wanted.length - mails.length };
}

/** The job: sends the queued mails (reminders only to those still not submitted) and notes when. */
export async function sendPanelMail(data: Record<string, unknown>): Promise<void> {
	const roundId = String(data.roundId);
	const mails = data.mails as Array<Mail & { panellistId: string }>;
	let due = mails;
	if (data.kind === 'reminder') {
		const done = await db()
			.select({ panellistId: delphiParticipation.panellistId })
			.from(delphiParticipation)
			.where(
				and(
					eq(delphiParticipation.roundId, roundId),
					inArray(
						delphiParticipation.panellistId,
						mails.map((mail) => mail.panellistId)
					),
					isNotNull(delphiParticipation.submittedAt)
				)
			);
		const submitted = new Set(done.map((row) => row.panellistId));
		due = mails.filter((mail) => !submitted.has(mail.panellistId));
	}
	for (const { to, subject, text } of due) await sendMail({ to, subject, text });
	if (data.kind !== 'reminder' || due.length === 0) return;
	const remindedAt = new Date();
	await db()
		.insert(delphiParticipation)
		.values(due.map(({ panellistId }) => ({ roundId, panellistId, remindedAt })))
		.onConflictDoUpdate({
			target: [delphiParticipation.roundId, delphiParticipation.panellistId],
			set: { remindedAt }
		});
}
