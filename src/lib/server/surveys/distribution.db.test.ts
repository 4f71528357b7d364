import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { user } from '../db/schema/auth.js';
import { programme } from '../db/schema/programmes.js';
import { surveyInvitation, surveyResponse } from '../db/schema/surveys.js';
import { mailMessage } from '../db/schema/system.js';
import { useTestDatabase } from '../testing/database.js';
import { refusal } from '../testing/fixtures.js';
import {
	addInvitations,
	closeSurveyNow,
	listInvitations,
	openSurveyNow,
	sendInvitations,
	setPublicLink,
	setSchedule,
	type InvitationMail
} from './distribution.js';
import { createSurvey, getSurvey } from './surveys.js';

useTestDatabase();

const admin: Actor = {
	kind: 'user',
	userId: 'a',
	name: 'A',
	email: 'a@example.org',
	grants: [{ role: 'administrator', scope: { kind: 'platform' } }]
};
const trainer: Actor = { ...admin, grants: [{ role: 'trainer', scope: { kind: 'platform' } }] };
/** The mail as a page composes it: here a subject in the invitee's language and the link. */
const mail: InvitationMail = ({ name, language, path }) => ({
	subject: language === 'fr' ? 'Votre avis' : 'Your view',
	text: `${name ?? ''} ${path}`
});

let surveyId: string;

beforeAll(async () => {
	const [{ id: programmeId }] = await db()
		.insert(programme)
		.values({ name: { en: 'P' }, startsOn: '2030-01-01', endsOn: '2031-12-31' })
		.returning({ id: programme.id });
	await db().insert(user).values({ id: 'a', name: 'A', email: 'a@example.org' });
	({ id: surveyId } = await createSurvey(admin, {
		programmeId,
		title: { en: 'S' },
		languages: ['en', 'fr']
	}));
});

describe('schedule', () => {
	it('reads wall-clock times in the chosen zone, and refuses a closing before the opening', async () => {
		await setSchedule(admin, surveyId, {
			timeZone: 'Europe/Athens',
			opensAt: '2030-03-01T09:00',
			closesAt: '2030-03-31T18:00'
		});
		expect(await getSurvey(admin, surveyId)).toMatchObject({
			timeZone: 'Europe/Athens',
			opensAt: new Date('2030-03-01T07:00:00Z'),
			closesAt: new Date('2030-03-31T15:00:00Z'),
			status: 'scheduled'
		});
		await expect(
			setSchedule(admin, surveyId, {
				timeZone: 'UTC',
				opensAt: '2030-03-31T09:00',
				closesAt: '2030-03-01T09:00'
			})
		).rejects.toEqual(refusal('invalid', { closesAt: ['closes_before_opening'] }));
		await expect(
			setSchedule(admin, surveyId, { timeZone: 'UTC', closesAt: '2030-03-01T09:00' })
		).rejects.toEqual(refusal('invalid', { opensAt: ['opens_at_required'] }));
		await expect(
			setSchedule(admin, surveyId, { timeZone: 'Europe/Atlantis', opensAt: '2030-03-01T09:00' })
		).rejects.toEqual(refusal('invalid', { timeZone: ['invalid_time_zone'] }));
		expect((await getSurvey(admin, surveyId)).timeZone).toBe('Europe/Athens');
	});

	it('opens now (a scheduled opening moves to now) and closes now', async () => {
		await openSurveyNow(admin, surveyId);
		const opened = await getSurvey(admin, surveyId);
		expect(opened.status).toBe('open');
		expect(opened.closesAt).toEqual(new Date('2030-03-31T15:00:00Z'));
		await closeSurveyNow(admin, surveyId);
		expect((await getSurvey(admin, surveyId)).status).toBe('closed');
		await openSurveyNow(admin, surveyId);
		expect(await getSurvey(admin, surveyId)).toMatchObject({ status: 'open', closesAt: null });
	});

	it('is refused to someone who does not run the survey', async () => {
		await expect(openSurveyNow(trainer, surveyId)).rejects.toEqual(refusal('forbidden'));
	});
});

describe('public link', () => {
	it('turns on with a random 32-byte token, stays the same while on, and turns off', async () => {
		const token = await setPublicLink(admin, surveyId, true);
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(await setPublicLink(admin, surveyId, true)).toBe(token);
		expect(await setPublicLink(admin, surveyId, false)).toBeNull();
		expect((await getSurvey(admin, surveyId)).publicToken).toBeNull();
		expect(await setPublicLink(admin, surveyId, true)).not.toBe(token);
	});
});

describe('invitations', () => {
	it('adds pasted lines; a wrong line adds nothing and is named by its line number', async () => {
		const pasted =
			'Leila Haddad, leila@example.org, ministries, MA, fr\n\nnot an email, x, , ZZ\nbob@example.org';
		await expect(addInvitations(admin, surveyId, { invitations: pasted, language: 'en' })).rejects.toEqual(
			refusal('invalid', { 'lines.3': ['invalid_email'] })
		);
		await expect(
			addInvitations(admin, surveyId, {
				invitations: 'A, a@example.org, g, ZZ\nB, b@example.org, g, GR, ar',
				language: 'en'
			})
		).rejects.toEqual(
			refusal('invalid', { 'lines.1': ['invalid_country'], 'lines.2': ['language_not_offered'] })
		);
		expect(await listInvitations(admin, surveyId)).toEqual([]);

		const added = await addInvitations(admin, surveyId, {
			invitations:
				'Leila Haddad, leila@example.org, ministries, MA, fr\nbob@example.org\nLeila again, LEILA@example.org',
			language: 'en'
		});
		expect(added).toEqual({ added: 2, skipped: 1 });
		expect(
			await addInvitations(admin, surveyId, {
				invitations: 'bob@example.org\ncarla@example.org',
				language: 'fr'
			})
		).toEqual({ added: 1, skipped: 1 });
		const listed = await listInvitations(admin, surveyId);
		expect(
			listed.map(({ name, email, groupLabel, countryCode, language, status }) => ({
				name,
				email,
				groupLabel,
				countryCode,
				language,
				status
			}))
		).toEqual([
			{
				name: null,
				email: 'bob@example.org',
				groupLabel: '',
				countryCode: null,
				language: 'en',
				status: 'not_started'
			},
			{
				name: null,
				email: 'carla@example.org',
				groupLabel: '',
				countryCode: null,
				language: 'fr',
				status: 'not_started'
			},
			{
				name: 'Leila Haddad',
				email: 'leila@example.org',
				groupLabel: 'ministries',
				countryCode: 'MA',
				language: 'fr',
				status: 'not_started'
			}
		]);
		expect(new Set(listed.map((row) => row.token)).size).toBe(3);
	});

	it('lists each invitation with where its answer stands', async () => {
		const [bob, carla] = await listInvitations(admin, surveyId);
		await db()
			.insert(surveyResponse)
			.values([
				{ surveyId, invitationId: bob.id, status: 'complete', submittedAt: new Date() },
				{ surveyId, invitationId: carla.id }
			]);
		expect((await listInvitations(admin, surveyId)).map((row) => row.status)).toEqual([
			'complete',
			'in_progress',
			'not_started'
		]);
	});

	it("sends each unsent invitation once, in the invitee's language; reminders go to those not complete", async () => {
		expect(await sendInvitations(admin, surveyId, mail)).toEqual({ sent: 3 });
		expect(await sendInvitations(admin, surveyId, mail)).toEqual({ sent: 0 });
		const sent = await db().select().from(mailMessage).where(eq(mailMessage.toAddress, 'leila@example.org'));
		const [leila] = await db()
			.select()
			.from(surveyInvitation)
			.where(eq(surveyInvitation.email, 'leila@example.org'));
		expect(sent.map((message) => [message.subject, message.textBody])).toEqual([
			['Votre avis', `Leila Haddad /s/${leila.token}`]
		]);
		expect(leila.sentAt).not.toBeNull();
		expect(await sendInvitations(admin, surveyId, mail, 'not_complete')).toEqual({ sent: 2 });
	});
});
