// Each confirmed participant's personal link to the tests and questionnaires of their event: made
// when first needed, sent by mail in the participant's language, printed as a QR code.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { InterfaceLocale } from '../../i18n/content-languages.js';
import type { Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { authorize } from '../auth/authorize.js';
import { db, type DbOrTx } from '../db/client.js';
import { evaluationLink } from '../db/schema/evaluation.js';
import { event, registration } from '../db/schema/events.js';
import { asLocale } from '../events/registration/news.js';
import { getEventPlace } from '../events/place.js';
import { sendMail, type Mail } from '../mail/send-mail.js';
import { newLinkToken } from '../surveys/distribution.js';

/** The page a personal link opens. */
export const personalEvaluationPath = (token: string): string => `/t/${token}`;

export type PersonalLink = {
	registrationId: string;
	fullName: string;
	email: string;
	locale: string;
	token: string;
};

/** Gives every confirmed participant without one a link; returns them all, by name. */
async function linksOf(tx: DbOrTx, eventId: string): Promise<PersonalLink[]> {
	const missing = await tx
		.select({ id: registration.id })
		.from(registration)
		.leftJoin(evaluationLink, eq(evaluationLink.registrationId, registration.id))
		.where(
			and(
				eq(registration.eventId, eventId),
				eq(registration.status, 'confirmed'),
				sql`${evaluationLink.token} is null`
			)
		);
	if (missing.length > 0)
		await tx
			.insert(evaluationLink)
			.values(missing.map(({ id }) => ({ registrationId: id, token: newLinkToken() })))
			.onConflictDoNothing();
	return tx
		.select({
			registrationId: registration.id,
			fullName: registration.fullName,
			email: registration.email,
			locale: registration.locale,
			token: evaluationLink.token
		})
		.from(registration)
		.innerJoin(evaluationLink, eq(evaluationLink.registrationId, registration.id))
		.where(and(eq(registration.eventId, eventId), eq(registration.status, 'confirmed')))
		.orderBy(sql`lower(${registration.fullName})`, asc(registration.id));
}

/** The personal links of an event's confirmed participants (made for those who have none yet). */
export async function listPersonalLinks(actor: Actor, eventId: string): Promise<PersonalLink[]> {
	return db().transaction(async (tx) => {
		authorize(actor, 'takeAttendance', await getEventPlace(tx, eventId));
		return linksOf(tx, eventId);
	});
}

/** What the mail with a personal link says; composed where the interface messages are. */
export type PersonalLinkMail = (letter: {
	locale: InterfaceLocale;
	fullName: string;
	eventTitle: Localized;
	path: string;
}) => Omit<Mail, 'to'>;

/** Mails every confirmed participant their personal link, in their language; returns how many. */
export async function sendPersonalLinks(
	actor: Actor,
	eventId: string,
	compose: PersonalLinkMail
): Promise<number> {
	return db().transaction(async (tx) => {
		authorize(actor, 'manage', await getEventPlace(tx, eventId));
		const [{ title }] = await tx.select({ title: event.title }).from(event).where(eq(event.id, eventId));
		const links = await linksOf(tx, eventId);
		for (const link of links)
			await sendMail(
				{
					to: link.email,
					...compose({
						locale: asLocale(link.locale),
						fullName: link.fullName,
						eventTitle: title,
						path: personalEvaluationPath(link.token)
					})
				},
				tx
			);
		return links.length;
	});
}

/**
 * The personal links of these registrations (token by registration), made for those without one:
 * for a participant's own confirmed registrations, which the caller has read. One statement.
 */
export async function personalLinksOf(registrationIds: readonly string[]): Promise<Map<string, string>> {
	if (registrationIds.length === 0) return new Map();
	const rows = await db()
		.insert(evaluationLink)
		.values(registrationIds.map((registrationId) => ({ registrationId, token: newLinkToken() })))
		// A link made meanwhile is kept: the no-op update returns it.
		.onConflictDoUpdate({
			target: evaluationLink.registrationId,
			set: { token: sql`${evaluationLink.token}` }
		})
		.returning({ registrationId: evaluationLink.registrationId, token: evaluationLink.token });
	return new Map(rows.map((row) => [row.registrationId, row.token]));
}
