import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { user } from '../db/schema/auth.js';
import { programme } from '../db/schema/programmes.js';
import { survey, surveyResponse } from '../db/schema/surveys.js';
import { useTestDatabase } from '../testing/database.js';
import { countStatements } from '../testing/statements.js';
import { addInvitations, listInvitations, openSurveyNow, setPublicLink } from './distribution.js';
import { openQuestionnaire, saveResponse } from './respond.js';
import { createSurvey } from './surveys.js';

useTestDatabase();

const admin: Actor = {
	kind: 'user',
	userId: 'a',
	name: 'A',
	email: 'a@example.org',
	grants: [{ role: 'administrator', scope: { kind: 'platform' } }]
};

/** A required country, a rating, and a text asked only of those who rate 2 or less. */
const definition = {
	sections: [
		{
			name: 'main',
			questions: [
				{ name: 'country', type: 'country', label: { en: 'Country' }, required: true },
				{
					name: 'useful',
					type: 'rating',
					label: { en: 'Useful?' },
					required: true,
					scale: { min: 1, max: 5 }
				},
				{
					name: 'why_not',
					type: 'long_text',
					label: { en: 'Why not?' },
					showIf: [{ question: 'useful', operator: 'less_than', value: '3' }]
				}
			]
		}
	]
};

let programmeId: string;
let surveyId: string;
let publicToken: string;

async function newSurvey(): Promise<{ id: string; token: string }> {
	const { id } = await createSurvey(admin, {
		programmeId,
		title: { en: 'Feedback' },
		languages: ['en', 'ar'],
		definition
	});
	await openSurveyNow(admin, id);
	return { id, token: (await setPublicLink(admin, id, true))! };
}
const responsesOf = (id: string) => db().select().from(surveyResponse).where(eq(surveyResponse.surveyId, id));

beforeAll(async () => {
	[{ id: programmeId }] = await db()
		.insert(programme)
		.values({ name: { en: 'P' }, startsOn: '2030-01-01', endsOn: '2031-12-31' })
		.returning({ id: programme.id });
	await db().insert(user).values({ id: 'a', name: 'A', email: 'a@example.org' });
	({ id: surveyId, token: publicToken } = await newSurvey());
});

describe('opening a link', () => {
	it('an open survey shows its questions and a fresh submission key', async () => {
		const opened = await openQuestionnaire(publicToken);
		expect(opened).toMatchObject({
			state: 'open',
			answers: {},
			language: null,
			survey: { id: surveyId, languages: ['en', 'ar'] }
		});
		expect(opened.state === 'open' && opened.submissionKey).toMatch(/^[0-9a-f-]{36}$/);
	});

	it('unknown and malformed tokens are not found', async () => {
		await expect(openQuestionnaire('x'.repeat(43))).rejects.toEqual(
			expect.objectContaining({ code: 'not_found' })
		);
		await expect(openQuestionnaire('../etc')).rejects.toEqual(expect.objectContaining({ code: 'not_found' }));
	});

	it('a draft is not yet open, a survey past its closing time is closed', async () => {
		const { id: draftId } = await createSurvey(admin, {
			programmeId,
			title: { en: 'Draft' },
			languages: ['en']
		});
		const draftToken = (await setPublicLink(admin, draftId, true))!;
		expect((await openQuestionnaire(draftToken)).state).toBe('not_yet_open');
		await db()
			.update(survey)
			.set({ opensAt: sql`now() - interval '2 days'`, closesAt: sql`now() - interval '1 day'` })
			.where(eq(survey.id, draftId));
		expect((await openQuestionnaire(draftToken)).state).toBe('closed');
	});
});

describe('submitting', () => {
	it('with a problem saves nothing and says what, beside which question, keeping what was typed', async () => {
		const result = await saveResponse(publicToken, {
			answers: { useful: 9, why_not: 'Too long' },
			submissionKey: randomUUID(),
			complete: true
		});
		expect(result).toEqual({
			ok: false,
			reason: 'invalid',
			errors: { country: ['required'], useful: ['out_of_range'] },
			answers: { useful: 9, why_not: 'Too long' }
		});
		expect(await responsesOf(surveyId)).toEqual([]);
	});

	it('completes in one transaction of at most 10 statements; answers to hidden questions are dropped', async () => {
		const { result, statements } = await countStatements(() =>
			saveResponse(publicToken, {
				answers: { country: 'ma', useful: 4, why_not: 'Hidden: useful is 4' },
				language: 'ar',
				submissionKey: randomUUID(),
				complete: true
			})
		);
		expect(result).toEqual({ ok: true, status: 'complete', resumeToken: null, duplicate: false });
		expect(statements).toBeLessThanOrEqual(10);
		const [response] = await responsesOf(surveyId);
		expect(response).toMatchObject({
			status: 'complete',
			answers: { country: 'MA', useful: 4 },
			language: 'ar',
			countryCode: 'MA',
			invitationId: null,
			resumeToken: null
		});
		expect(response.submittedAt).not.toBeNull();
	});

	it('the same submission twice makes one response and answers the second as the first', async () => {
		const { id, token } = await newSurvey();
		const submission = { answers: { country: 'GR', useful: 5 }, submissionKey: randomUUID(), complete: true };
		const [first, second] = await Promise.all([
			saveResponse(token, submission),
			saveResponse(token, submission)
		]);
		expect([first, second].map((result) => result.ok && result.status)).toEqual(['complete', 'complete']);
		expect([first, second].filter((result) => result.ok && result.duplicate)).toHaveLength(1);
		expect(await saveResponse(token, submission)).toEqual({
			ok: true,
			status: 'complete',
			resumeToken: null,
			duplicate: true
		});
		expect(await responsesOf(id)).toHaveLength(1);
	});

	it('a closed survey refuses, checked against the database clock, and saves nothing', async () => {
		const { id, token } = await newSurvey();
		await db()
			.update(survey)
			.set({ closesAt: sql`now()` })
			.where(eq(survey.id, id));
		expect(
			await saveResponse(token, {
				answers: { country: 'GR', useful: 5 },
				submissionKey: randomUUID(),
				complete: true
			})
		).toEqual({ ok: false, reason: 'closed' });
		expect(await responsesOf(id)).toEqual([]);
	});
});

describe('saving to finish later', () => {
	it('an anonymous respondent gets a resume link that brings back their answers, then completes once', async () => {
		const { id, token } = await newSurvey();
		const saved = await saveResponse(token, {
			answers: { useful: 2 },
			submissionKey: randomUUID(),
			complete: false
		});
		expect(saved).toMatchObject({ ok: true, status: 'in_progress' });
		const resumeToken = saved.ok ? saved.resumeToken! : '';
		expect(resumeToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

		const resumed = await openQuestionnaire(resumeToken);
		expect(resumed).toMatchObject({ state: 'open', answers: { useful: 2 }, language: 'en' });
		expect(
			await saveResponse(resumeToken, {
				answers: { country: 'TN', useful: 2, why_not: 'Too long' },
				submissionKey: randomUUID(),
				complete: true
			})
		).toMatchObject({ ok: true, status: 'complete', duplicate: false });
		const [response] = await responsesOf(id);
		expect(response).toMatchObject({
			status: 'complete',
			answers: { country: 'TN', useful: 2, why_not: 'Too long' }
		});
		expect((await openQuestionnaire(resumeToken)).state).toBe('complete');
		// The public link itself still opens a fresh questionnaire for the next person.
		expect((await openQuestionnaire(token)).state).toBe('open');
	});

	it('an invitation resumes while in progress, is single use once complete, and gives its country', async () => {
		const { id } = await newSurvey();
		await addInvitations(admin, id, {
			invitations: 'Leila, leila@example.org, ministries, MA, ar',
			language: 'en'
		});
		const [{ token }] = await listInvitations(admin, id);
		expect(
			await saveResponse(token, { answers: { useful: 3 }, submissionKey: randomUUID(), complete: false })
		).toEqual({
			ok: true,
			status: 'in_progress',
			resumeToken: null,
			duplicate: false
		});
		expect(await openQuestionnaire(token)).toMatchObject({
			state: 'open',
			answers: { useful: 3 },
			language: 'ar'
		});
		await saveResponse(token, {
			answers: { country: 'GR', useful: 3 },
			submissionKey: randomUUID(),
			complete: true
		});
		expect((await openQuestionnaire(token)).state).toBe('complete');
		expect(
			await saveResponse(token, {
				answers: { country: 'GR', useful: 1 },
				submissionKey: randomUUID(),
				complete: true
			})
		).toMatchObject({ ok: true, status: 'complete', duplicate: true });
		const responses = await responsesOf(id);
		expect(responses.map((response) => [response.countryCode, response.answers])).toEqual([
			['MA', { country: 'GR', useful: 3 }]
		]);
		expect((await listInvitations(admin, id))[0].status).toBe('complete');
	});
});

describe('a submission key', () => {
	it('counts only on the link whose form it came with: another link cannot take over a response with it', async () => {
		const { id, token: publicLink } = await newSurvey();
		await addInvitations(admin, id, {
			invitations: 'Leila, leila@example.org, ministries, MA, ar\nOmar, omar@example.org, ministries, TN, ar',
			language: 'en'
		});
		const invitations = await listInvitations(admin, id);
		const invitationLink = invitations.find((invitation) => invitation.email === 'leila@example.org')!.token;
		const otherInvitationLink = invitations.find(
			(invitation) => invitation.email === 'omar@example.org'
		)!.token;
		const invitedKey = randomUUID();
		await saveResponse(invitationLink, {
			answers: { useful: 3 },
			submissionKey: invitedKey,
			complete: false
		});
		const anonymousKey = randomUUID();
		const anonymous = await saveResponse(publicLink, {
			answers: { useful: 4 },
			submissionKey: anonymousKey,
			complete: false
		});
		const resumeLink = anonymous.ok ? anonymous.resumeToken! : '';
		const resumedKey = randomUUID();
		await saveResponse(resumeLink, { answers: { useful: 5 }, submissionKey: resumedKey, complete: false });

		// Someone who learnt those keys posts them with other links.
		const attempts = [
			await saveResponse(publicLink, { answers: { useful: 1 }, submissionKey: invitedKey, complete: false }),
			await saveResponse(publicLink, { answers: { useful: 1 }, submissionKey: resumedKey, complete: false }),
			await saveResponse(otherInvitationLink, {
				answers: { useful: 1 },
				submissionKey: anonymousKey,
				complete: false
			})
		];
		for (const attempt of attempts) expect(attempt.ok && attempt.resumeToken).not.toBe(resumeLink);
		const answers = (await responsesOf(id)).map((response) => response.answers);
		expect(answers).toEqual(expect.arrayContaining([{ useful: 3 }, { useful: 5 }]));
		expect(await openQuestionnaire(invitationLink)).toMatchObject({ answers: { useful: 3 } });
		expect(await openQuestionnaire(resumeLink)).toMatchObject({ answers: { useful: 5 } });
	});
});
