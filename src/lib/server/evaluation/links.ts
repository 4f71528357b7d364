// Each confirmed participant's personal link to the tests and questionnaires of their event: made
// when first needed, sent by mail in the participant's language (mailings.ts), printed as a QR code.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { authorize } from '../auth/authorize.js';
import { db, type DbOrTx } from '../db/client.js';
import { evaluationLink } from '../db/schema/evaluation.js';
import { registration } from '../db/schema/events.js';
import { getEventPlace } from '../events/place.js';
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

/**
 * Gives every confirmed participant without one a link; returns them all, by name. The new links
 * are written in one order, so that two transactions making them wait instead of deadlocking.
 */
export async function linksOf(tx: DbOrTx, eventId: string): Promise<PersonalLink[]> {
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
		)
		.orderBy(asc(registration.id));
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
