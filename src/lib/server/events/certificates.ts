// Certificates of completion: who completed an event (its completion rule applied to each confirmed
// participant's attendance), issuing certificates to all of them at once, revoking one, and finding
// a certificate by its code for the public verification page and the printable certificate.
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { InterfaceLocale } from '../../i18n/content-languages.js';
import { contentLocales, type ContentLocale, type Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db, type DbOrTx } from '../db/client.js';
import { country } from '../db/schema/directory.js';
import { evaluationPhase, evaluationSubmission } from '../db/schema/evaluation.js';
import { agendaItem, attendance, certificate, event, registration } from '../db/schema/events.js';
import { DomainError } from '../errors.js';
import { assertRecordId } from '../validate.js';
import { newCertificateCode, normaliseCertificateCode } from './certificate-code.js';
import { completionOf, type Completion, type CompletionRule } from './completion.js';
import { getEventPlace } from './place.js';
import { authorize } from '../auth/authorize.js';

export type IssuedCertificate = { id: string; code: string; issuedAt: Date; revokedAt: Date | null };

export type CompletionRow = {
	registrationId: string;
	fullName: string;
	countryCode: string;
	countryName: Localized;
	/** Sessions attended. */
	attended: number;
	completion: Completion;
	certificate: IssuedCertificate | null;
};

export type CompletionSheet = {
	/** Sessions of the agenda (breaks do not count). */
	sessions: number;
	rule: CompletionRule;
	rows: CompletionRow[];
};

async function completionSheet(tx: DbOrTx, eventId: string): Promise<CompletionSheet> {
	const attended = tx
		.select({ registrationId: attendance.registrationId, sessions: count().as('attended_sessions') })
		.from(attendance)
		.innerJoin(agendaItem, eq(agendaItem.id, attendance.agendaItemId))
		.where(and(eq(agendaItem.eventId, eventId), eq(agendaItem.isSession, true)))
		.groupBy(attendance.registrationId)
		.as('attended');
	// One after the other: inside a transaction they share one connection.
	const [{ sessions, ...rule }] = await tx
		.select({
			attendancePercent: event.completionAttendancePercent,
			requiresPostTest: event.requiresPostTest,
			sessions: tx.$count(agendaItem, and(eq(agendaItem.eventId, eventId), eq(agendaItem.isSession, true)))
		})
		.from(event)
		.where(eq(event.id, eventId));
	const participants = await tx
		.select({
			registrationId: registration.id,
			fullName: registration.fullName,
			countryCode: registration.countryCode,
			countryName: country.name,
			attended: sql<number>`coalesce(${attended.sessions}, 0)::int`,
			// Passed on any attempt (a post-test without a pass mark counts once taken); null: not taken.
			postTestPassed: sql<boolean | null>`(select bool_or(coalesce(${evaluationSubmission.passed}, true))
				from ${evaluationSubmission} join ${evaluationPhase} on ${evaluationPhase.id} = ${evaluationSubmission.phaseId}
				where ${evaluationPhase.phase} = 'post' and ${evaluationSubmission.registrationId} = ${registration.id})`,
			certificateId: certificate.id,
			code: certificate.code,
			issuedAt: certificate.issuedAt,
			revokedAt: certificate.revokedAt
		})
		.from(registration)
		.innerJoin(country, eq(country.code, registration.countryCode))
		.leftJoin(attended, eq(attended.registrationId, registration.id))
		.leftJoin(certificate, eq(certificate.registrationId, registration.id))
		.where(and(eq(registration.eventId, eventId), eq(registration.status, 'confirmed')))
		.orderBy(sql`lower(${registration.fullName})`, asc(registration.id));
	const rows = participants.map(
		({ certificateId, code, issuedAt, revokedAt, postTestPassed, ...participant }) => ({
			...participant,
			completion: completionOf(rule, {
				sessions,
				attended: participant.attended,
				postTestPassed: postTestPassed ?? undefined
			}),
			certificate: certificateId && code && issuedAt ? { id: certificateId, code, issuedAt, revokedAt } : null
		})
	);
	return { sessions, rule, rows };
}

/** Each confirmed participant of an event: sessions attended, whether they complete, their certificate. */
export async function listCompletion(actor: Actor, eventId: string): Promise<CompletionSheet> {
	authorize(actor, 'manage', await getEventPlace(db(), eventId));
	return completionSheet(db(), eventId);
}

/**
 * Issues a certificate to every participant who completes and has none yet (a revoked certificate
 * stays revoked); returns how many were issued. Two organisers issuing at once issue each one once.
 */
export async function issueCertificates(actor: Actor, eventId: string): Promise<number> {
	return db().transaction(async (tx) => {
		authorize(actor, 'manage', await getEventPlace(tx, eventId));
		const due = (await completionSheet(tx, eventId)).rows.filter(
			(row) => row.completion.complete && !row.certificate
		);
		if (due.length === 0) return 0;
		// Codes carry 60 random bits: were one ever drawn twice, its unique index would refuse the
		// whole issue, and issuing again draws new ones.
		const issued = await tx
			.insert(certificate)
			.values(
				due.map((row) => ({
					registrationId: row.registrationId,
					code: newCertificateCode(),
					issuedBy: actor.kind === 'user' ? actor.userId : null
				}))
			)
			.onConflictDoNothing({ target: certificate.registrationId })
			.returning({ id: certificate.id });
		return issued.length;
	});
}

/** Revokes one of the event's certificates; revoking it again keeps the first date. */
export async function revokeCertificate(actor: Actor, eventId: string, certificateId: string): Promise<void> {
	authorize(actor, 'manage', await getEventPlace(db(), eventId));
	assertRecordId(certificateId, 'certificate');
	const [revoked] = await db()
		.update(certificate)
		.set({ revokedAt: sql`coalesce(${certificate.revokedAt}, now())` })
		.where(
			and(
				eq(certificate.id, certificateId),
				inArray(
					certificate.registrationId,
					db().select({ id: registration.id }).from(registration).where(eq(registration.eventId, eventId))
				)
			)
		)
		.returning({ id: certificate.id });
	if (!revoked) throw new DomainError('not_found', 'no such certificate');
}

/** What a certificate says, for its verification page and its printable form. */
export type CertificateRecord = {
	code: string;
	fullName: string;
	/** The participant's language: the certificate is printed in it unless asked otherwise. */
	locale: InterfaceLocale;
	issuedAt: Date;
	revokedAt: Date | null;
	event: {
		title: Localized;
		/** The event's declared languages, the main one first: the certificate can be shown in each. */
		languages: ContentLocale[];
		startsOn: string;
		endsOn: string;
		isOnline: boolean;
		venue: string | null;
		city: string | null;
		countryName: Localized | null;
	};
};

const asContentLocale = (locale: string): InterfaceLocale =>
	(contentLocales as readonly string[]).includes(locale) ? (locale as InterfaceLocale) : 'en';

/**
 * The certificate a code opens, as typed or scanned (any case, dashes or none); undefined when there
 * is none. No policy: the code is the secret, and anyone who holds it may check the certificate.
 */
export async function findCertificate(code: string): Promise<CertificateRecord | undefined> {
	const normalised = normaliseCertificateCode(code);
	if (!normalised) return undefined;
	const [row] = await db()
		.select({
			code: certificate.code,
			fullName: registration.fullName,
			locale: registration.locale,
			issuedAt: certificate.issuedAt,
			revokedAt: certificate.revokedAt,
			title: event.title,
			languages: event.languages,
			startsOn: event.startsOn,
			endsOn: event.endsOn,
			isOnline: event.isOnline,
			venue: event.venue,
			city: event.city,
			countryName: country.name
		})
		.from(certificate)
		.innerJoin(registration, eq(registration.id, certificate.registrationId))
		.innerJoin(event, eq(event.id, registration.eventId))
		.leftJoin(country, eq(country.code, event.countryCode))
		.where(eq(certificate.code, normalised));
	if (!row) return undefined;
	const { title, languages, startsOn, endsOn, isOnline, venue, city, countryName, locale, ...certified } =
		row;
	return {
		...certified,
		locale: asContentLocale(locale),
		event: {
			title,
			languages: languages as ContentLocale[],
			startsOn,
			endsOn,
			isOnline,
			venue,
			city,
			countryName
		}
	};
}

/** The certificate to print: an unknown code is not found, a revoked certificate is gone. */
export async function getPrintableCertificate(code: string): Promise<CertificateRecord> {
	const found = await findCertificate(code);
	if (!found) throw new DomainError('not_found', 'no certificate has this code');
	if (found.revokedAt) throw new DomainError('gone', 'this certificate was revoked');
	return found;
}
