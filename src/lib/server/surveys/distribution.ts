// How a survey reaches people: when it takes answers, an anonymous public link, and personal
// invitations (one link per person, sent by mail in their language, each answered once).
import { randomBytes } from 'node:crypto';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { isContentLanguage, type ContentLocale } from '../../i18n/content-languages.js';
import { parseInvitationLines, SurveyScheduleSchema } from '../../surveys/schemas.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { country } from '../db/schema/directory.js';
import { survey, surveyInvitation, surveyResponse } from '../db/schema/surveys.js';
import { DomainError, type FieldErrors } from '../errors.js';
import { sendMail, type Mail } from '../mail/send-mail.js';
import { parseInput, type FieldsOf } from '../validate.js';
import { authorize } from '../auth/authorize.js';
import { getSurveyRow } from './surveys.js';

/** A capability in a link: 32 random bytes, URL-safe. */
export const newLinkToken = (): string => randomBytes(32).toString('base64url');

/** The respondent's page of a token (public link, invitation or resume). */
export const questionnairePath = (token: string): string => `/s/${token}`;

async function runnableSurvey(actor: Actor, surveyId: string) {
	const row = await getSurveyRow(db(), surveyId);
	authorize(actor, 'run', { kind: 'survey', programmeId: row.programmeId });
	return row;
}

/** Sets when the survey takes answers (wall-clock times in a time zone; blank opening: a draft). */
export async function setSchedule(
	actor: Actor,
	surveyId: string,
	input: FieldsOf<typeof SurveyScheduleSchema>
): Promise<void> {
	await runnableSurvey(actor, surveyId);
	const schedule = parseInput(SurveyScheduleSchema, input);
	await db().update(survey).set(schedule).where(eq(survey.id, surveyId));
}

/** Opens the survey now; a closing time already past is dropped, a later one kept. */
export async function openSurveyNow(actor: Actor, surveyId: string): Promise<void> {
	await runnableSurvey(actor, surveyId);
	await db()
		.update(survey)
		.set({
			opensAt: sql`least(coalesce(${survey.opensAt}, now()), now())`,
			closesAt: sql`case when ${survey.closesAt} > now() then ${survey.closesAt} end`
		})
		.where(eq(survey.id, surveyId));
}

/** Closes the survey now: answers are refused from this moment, those given are kept. */
export async function closeSurveyNow(actor: Actor, surveyId: string): Promise<void> {
	const row = await runnableSurvey(actor, surveyId);
	if (!row.opensAt || row.opensAt > new Date())
		throw new DomainError('conflict', 'the survey is not open', { fields: { _: ['survey_not_open'] } });
	await db()
		.update(survey)
		.set({ closesAt: sql`now()` })
		.where(eq(survey.id, surveyId));
}

/** Turns the anonymous link on (a new token, unless one is on already) or off; returns the token. */
export async function setPublicLink(actor: Actor, surveyId: string, on: boolean): Promise<string | null> {
	const row = await runnableSurvey(actor, surveyId);
	const token = on ? (row.publicToken ?? newLinkToken()) : null;
	await db().update(survey).set({ publicToken: token }).where(eq(survey.id, surveyId));
	return token;
}

/**
 * Adds the invitations pasted one per line ("name, email, group, country[, language]"). Nothing is
 * added when any line is wrong: the errors name the lines. People already invited (by email) are
 * skipped, so pasting a list again adds only the new people.
 */
export async function addInvitations(
	actor: Actor,
	surveyId: string,
	input: { invitations: string; language: string }
): Promise<{ added: number; skipped: number }> {
	const row = await runnableSurvey(actor, surveyId);
	const fallback = isContentLanguage(input.language) ? input.language : (row.languages[0] as ContentLocale);
	const { invitations, errors } = parseInvitationLines(String(input.invitations ?? ''), fallback);
	const fields: FieldErrors = { ...errors };
	for (const invitation of invitations)
		if (!row.languages.includes(invitation.language))
			fields[`lines.${invitation.line}`] = ['language_not_offered'];
	const codes = [...new Set(invitations.flatMap((invitation) => invitation.countryCode ?? []))];
	if (codes.length > 0) {
		const known = new Set(
			(await db().select({ code: country.code }).from(country).where(inArray(country.code, codes))).map(
				(found) => found.code
			)
		);
		for (const invitation of invitations)
			if (invitation.countryCode && !known.has(invitation.countryCode))
				(fields[`lines.${invitation.line}`] ??= []).push('invalid_country');
	}
	// Lines are numbered as pasted, blanks included, as a person reads them.
	if (Object.keys(fields).length > 0)
		throw new DomainError('invalid', 'some invitations are wrong', { fields });
	const existing = new Set(
		(
			await db()
				.select({ email: sql<string>`lower(${surveyInvitation.email})` })
				.from(surveyInvitation)
				.where(eq(surveyInvitation.surveyId, surveyId))
		).map((found) => found.email)
	);
	const fresh = invitations.filter((invitation, index) => {
		const email = invitation.email.toLowerCase();
		const first = invitations.findIndex((other) => other.email.toLowerCase() === email) === index;
		return first && !existing.has(email);
	});
	if (fresh.length > 0)
		await db()
			.insert(surveyInvitation)
			.values(
				fresh.map((invitation) => ({
					surveyId,
					token: newLinkToken(),
					name: invitation.name ?? null,
					email: invitation.email,
					groupLabel: invitation.groupLabel,
					countryCode: invitation.countryCode ?? null,
					language: invitation.language
				}))
			);
	return { added: fresh.length, skipped: invitations.length - fresh.length };
}

export type InvitationStatus = 'not_started' | 'in_progress' | 'complete';
export type InvitationRow = {
	id: string;
	name: string | null;
	email: string | null;
	groupLabel: string;
	countryCode: string | null;
	language: string;
	token: string;
	sentAt: Date | null;
	status: InvitationStatus;
};

/** The survey's invitations by group and name, each with where its answer stands. */
export async function listInvitations(actor: Actor, surveyId: string): Promise<InvitationRow[]> {
	await runnableSurvey(actor, surveyId);
	const rows = await db()
		.select({
			id: surveyInvitation.id,
			name: surveyInvitation.name,
			email: surveyInvitation.email,
			groupLabel: surveyInvitation.groupLabel,
			countryCode: surveyInvitation.countryCode,
			language: surveyInvitation.language,
			token: surveyInvitation.token,
			sentAt: surveyInvitation.sentAt,
			responseStatus: surveyResponse.status
		})
		.from(surveyInvitation)
		.leftJoin(surveyResponse, eq(surveyResponse.invitationId, surveyInvitation.id))
		.where(eq(surveyInvitation.surveyId, surveyId))
		.orderBy(asc(surveyInvitation.groupLabel), asc(surveyInvitation.name), asc(surveyInvitation.email));
	return rows.map(({ responseStatus, ...row }) => ({ ...row, status: responseStatus ?? 'not_started' }));
}

/** What an invitation mail says, composed by the page in the invitee's language. */
export type InvitationMail = (invitation: {
	name: string | null;
	language: ContentLocale;
	path: string;
	closesAt: Date | null;
}) => Omit<Mail, 'to'>;

/**
 * Mails the invitations: `unsent` ones (never sent), or as a reminder to everyone who has not
 * completed. Each is recorded as sent; returns how many were sent.
 */
export async function sendInvitations(
	actor: Actor,
	surveyId: string,
	compose: InvitationMail,
	which: 'unsent' | 'not_complete' = 'unsent'
): Promise<{ sent: number }> {
	const row = await runnableSurvey(actor, surveyId);
	if (!row.opensAt)
		throw new DomainError('conflict', 'open the survey before inviting people', {
			fields: { _: ['survey_not_scheduled'] }
		});
	return db().transaction(async (tx) => {
		const recipients = await tx
			.select({
				id: surveyInvitation.id,
				name: surveyInvitation.name,
				email: surveyInvitation.email,
				language: surveyInvitation.language,
				token: surveyInvitation.token
			})
			.from(surveyInvitation)
			.leftJoin(surveyResponse, eq(surveyResponse.invitationId, surveyInvitation.id))
			.where(
				and(
					eq(surveyInvitation.surveyId, surveyId),
					sql`${surveyInvitation.email} is not null`,
					which === 'unsent'
						? isNull(surveyInvitation.sentAt)
						: sql`${surveyResponse.status} is distinct from 'complete'`
				)
			)
			.for('update', { of: surveyInvitation });
		for (const recipient of recipients) {
			const language = isContentLanguage(recipient.language) ? recipient.language : 'en';
			await sendMail(
				{
					to: recipient.email!,
					...compose({
						name: recipient.name,
						language,
						path: questionnairePath(recipient.token),
						closesAt: row.closesAt
					})
				},
				tx
			);
		}
		if (recipients.length > 0)
			await tx
				.update(surveyInvitation)
				.set({ sentAt: sql`now()` })
				.where(
					inArray(
						surveyInvitation.id,
						recipients.map((recipient) => recipient.id)
					)
				);
		return { sent: recipients.length };
	});
}
