import { beforeAll, describe, expect, it } from 'vitest';
import * as collection from '../../../routes/api/v1/surveys/+server.js';
import * as record from '../../../routes/api/v1/surveys/[id]/+server.js';
import * as results from '../../../routes/api/v1/surveys/[id]/results/+server.js';
import { SurveyDefinitionSchema } from '../../surveys/definition.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { survey, surveyInvitation, surveyResponse } from '../db/schema/surveys.js';
import { useTestDatabase } from '../testing/database.js';
import { actor, coordinatorOf, newProgramme } from '../testing/fixtures.js';
import { send } from '../testing/api.js';

useTestDatabase();

const day = 86_400_000;

const definition = SurveyDefinitionSchema.parse({
	sections: [
		{
			name: 'about',
			questions: [
				{
					name: 'role',
					type: 'single_choice',
					label: { en: 'Your role', fr: 'Votre rôle' },
					choices: [
						{ value: 'nurse', label: { en: 'Nurse', fr: 'Infirmier' } },
						{ value: 'physician', label: { en: 'Physician' } }
					],
					allowOther: true
				},
				{ name: 'score', type: 'rating', label: { en: 'Score' }, scale: { min: 1, max: 5 } }
			]
		},
		{
			name: 'skills',
			questions: [
				{
					name: 'skills',
					type: 'matrix',
					label: { en: 'Skills' },
					rows: [
						{ value: 'listening', label: { en: 'Listening' } },
						{ value: 'writing', label: { en: 'Writing' } }
					],
					choices: [
						{ value: 'low', label: { en: 'Low' } },
						{ value: 'high', label: { en: 'High' } }
					]
				},
				{ name: 'comment', type: 'long_text', label: { en: 'Comment' } }
			]
		}
	]
});

let coordinatorA: Actor;
let coordinatorB: Actor;
const trainer = actor('trainer', { role: 'trainer', scope: { kind: 'platform' } });
let mapping: string; // programme A, open, with responses
let followUp: string; // programme A, created later, closed
let draftOfB: string; // programme B

/**
 * Three invitations (ministries: GR, GR; universities: MT) and an anonymous link. Complete: the
 * first Greek invitation, the Maltese one (who chose "other") and an anonymous Greek respondent;
 * the second Greek invitation is still in progress.
 */
beforeAll(async () => {
	const a = await newProgramme({ name: 'Programme A', acronym: 'PA' });
	const b = await newProgramme({ name: 'Programme B' });
	coordinatorA = actor('coordinator-a', coordinatorOf(a));
	coordinatorB = actor('coordinator-b', coordinatorOf(b));
	const now = Date.now();
	const [first, second, third] = await db()
		.insert(survey)
		.values([
			{
				programmeId: a,
				title: { en: 'Mapping of training', fr: 'Cartographie des formations' },
				introduction: { en: 'Ten minutes.' },
				definition,
				languages: ['en', 'fr'],
				opensAt: new Date(now - 7 * day),
				closesAt: new Date(now + 30 * day),
				publicToken: 'public-link-secret',
				createdAt: new Date(now - 3 * day)
			},
			{
				programmeId: a,
				title: { en: 'Follow-up' },
				opensAt: new Date(now - 20 * day),
				closesAt: new Date(now - 10 * day),
				createdAt: new Date(now - 2 * day)
			},
			{ programmeId: b, title: { en: 'Draft of B' }, createdAt: new Date(now - day) }
		])
		.returning({ id: survey.id });
	[mapping, followUp, draftOfB] = [first.id, second.id, third.id];
	const invitations = await db()
		.insert(surveyInvitation)
		.values(
			(
				[
					['ministries', 'GR'],
					['ministries', 'GR'],
					['universities', 'MT']
				] as const
			).map(([groupLabel, countryCode], n) => ({
				surveyId: mapping,
				token: `api-${n}`,
				groupLabel,
				countryCode
			}))
		)
		.returning({ id: surveyInvitation.id });
	const submittedAt = new Date(now - day);
	await db()
		.insert(surveyResponse)
		.values([
			{
				surveyId: mapping,
				invitationId: invitations[0].id,
				countryCode: 'GR',
				status: 'complete',
				submittedAt,
				answers: { role: 'nurse', score: 4, skills: { listening: 'high', writing: 'low' }, comment: 'Useful' }
			},
			{
				surveyId: mapping,
				invitationId: invitations[2].id,
				countryCode: 'MT',
				status: 'complete',
				submittedAt,
				answers: { role: 'other', role_other: 'Midwife in Valletta', score: 2, skills: { listening: 'high' } }
			},
			{
				surveyId: mapping,
				countryCode: 'GR',
				status: 'complete',
				submittedAt,
				answers: { role: 'nurse', score: 5, comment: 'Call me on 555 0101' }
			},
			{
				surveyId: mapping,
				invitationId: invitations[1].id,
				countryCode: 'GR',
				answers: { role: 'physician' }
			}
		]);
});

describe('GET /api/v1/surveys', () => {
	it('asks for a token', async () => {
		const answer = await send(collection.GET, { path: '/surveys' });
		expect(answer.status).toBe(401);
		expect(answer.body.error.code).toBe('unauthenticated');
	});

	it('refuses someone who runs no surveys', async () => {
		const answer = await send(collection.GET, { path: '/surveys', actor: trainer });
		expect(answer.status).toBe(403);
		expect(answer.body.error.code).toBe('forbidden');
	});

	it("lists a programme's surveys to its coordinator only, newest first, in pages", async () => {
		const asA = await send(collection.GET, { path: '/surveys', actor: coordinatorA });
		expect(asA.status).toBe(200);
		expect(asA.body).toMatchObject({ page: 1, pageSize: 25, total: 2 });
		expect(asA.body.data.map((row: { id: string }) => row.id)).toEqual([followUp, mapping]);
		expect(asA.body.data[1]).toEqual({
			id: mapping,
			title: { en: 'Mapping of training', fr: 'Cartographie des formations', ar: null },
			programmeName: { en: 'Programme A', fr: null, ar: null },
			programmeAcronym: 'PA',
			languages: ['en', 'fr'],
			status: 'open',
			opensAt: expect.any(String),
			closesAt: expect.any(String),
			responses: { complete: 3, inProgress: 1 }
		});
		expect(asA.body.data[0]).toMatchObject({ status: 'closed', responses: { complete: 0, inProgress: 0 } });

		const second = await send(collection.GET, { path: '/surveys?page=2&pageSize=1', actor: coordinatorA });
		expect(second.body).toMatchObject({ page: 2, pageSize: 1, total: 2 });
		expect(second.body.data.map((row: { id: string }) => row.id)).toEqual([mapping]);

		const asB = await send(collection.GET, { path: '/surveys', actor: coordinatorB });
		expect(asB.body.data.map((row: { id: string }) => row.id)).toEqual([draftOfB]);
		expect(asB.body.data[0].status).toBe('draft');
	});

	it('refuses a page size out of bounds with 400 on that parameter', async () => {
		const answer = await send(collection.GET, { path: '/surveys?pageSize=500', actor: coordinatorA });
		expect(answer.status).toBe(400);
		expect(answer.body.error.fields).toEqual({ pageSize: ['invalid_page_size'] });
	});
});

describe('GET /api/v1/surveys/{id}', () => {
	it('sums up the definition, and never shows the public link', async () => {
		const answer = await send(record.GET, {
			path: `/surveys/${mapping}`,
			params: { id: mapping },
			actor: coordinatorA
		});
		expect(answer.status).toBe(200);
		expect(answer.body.data).toMatchObject({
			id: mapping,
			title: { en: 'Mapping of training' },
			introduction: { en: 'Ten minutes.', fr: null, ar: null },
			languages: ['en', 'fr'],
			status: 'open',
			sectionCount: 2,
			questionCount: 4,
			responses: { complete: 3, inProgress: 1 }
		});
		expect(JSON.stringify(answer.body)).not.toContain('public-link-secret');
	});

	it("refuses another programme's coordinator, and answers 404 for no such survey", async () => {
		const foreign = await send(record.GET, {
			path: `/surveys/${mapping}`,
			params: { id: mapping },
			actor: coordinatorB
		});
		expect(foreign.status).toBe(403);
		for (const id of ['3f2b8c1e-6d4a-4b7e-9a1c-2e5f8d7b6a90', 'not-an-id']) {
			const missing = await send(record.GET, { path: `/surveys/${id}`, params: { id }, actor: coordinatorA });
			expect(missing.status).toBe(404);
		}
	});
});

describe('GET /api/v1/surveys/{id}/results', () => {
	const read = (as: Actor) =>
		send(results.GET, { path: `/surveys/${mapping}/results`, params: { id: mapping }, actor: as });

	it('is refused to the public, outsiders and the coordinators of another programme', async () => {
		expect(
			(await send(results.GET, { path: `/surveys/${mapping}/results`, params: { id: mapping } })).status
		).toBe(401);
		expect((await read(trainer)).status).toBe(403);
		expect((await read(coordinatorB)).status).toBe(403);
	});

	it('counts responses against the invitations, by group and by country', async () => {
		const { status, body } = await read(coordinatorA);
		expect(status).toBe(200);
		expect(body.data.surveyId).toBe(mapping);
		// 3 invited, 2 of them answered (GR ministries, MT universities), plus 1 anonymous from GR.
		expect(body.data.responses).toEqual({
			complete: 3,
			inProgress: 1,
			total: { key: null, invited: 3, responded: 2, rate: 2 / 3, anonymous: 1 },
			byGroup: [
				{ key: 'ministries', invited: 2, responded: 1, rate: 0.5, anonymous: 0 },
				{ key: 'universities', invited: 1, responded: 1, rate: 1, anonymous: 0 },
				{ key: null, invited: 0, responded: 0, rate: null, anonymous: 1 }
			],
			byCountry: [
				{ key: 'GR', invited: 2, responded: 1, rate: 0.5, anonymous: 1 },
				{ key: 'MT', invited: 1, responded: 1, rate: 1, anonymous: 0 }
			]
		});
	});

	it('counts each choice, sums up ratings and matrices, and counts free texts without showing them', async () => {
		const { body } = await read(coordinatorA);
		const [role, score, skills, comment] = body.data.questions;
		expect(role).toEqual({
			name: 'role',
			type: 'single_choice',
			label: { en: 'Your role', fr: 'Votre rôle', ar: null },
			answered: 3,
			counts: [
				{ value: 'nurse', label: { en: 'Nurse', fr: 'Infirmier', ar: null }, count: 2, share: 2 / 3 },
				{ value: 'physician', label: { en: 'Physician', fr: null, ar: null }, count: 0, share: 0 },
				{ value: 'other', label: null, count: 1, share: 1 / 3 }
			],
			rows: [],
			summary: null,
			satisfaction: null,
			otherAnswered: 1,
			first: null,
			last: null
		});
		// Ratings 4, 2, 5: mean 11/3, median 4.
		expect(score.counts.map((c: { value: string; count: number }) => [c.value, c.count])).toEqual([
			['1', 0],
			['2', 1],
			['3', 0],
			['4', 1],
			['5', 1]
		]);
		expect(score.summary).toEqual({ n: 3, mean: 11 / 3, median: 4, min: 2, max: 5 });
		// Fewer than 5 answers: the satisfaction figures are not given.
		expect(score.satisfaction).toEqual({
			n: 3,
			disclosure: 'hidden',
			mean: null,
			median: null,
			topTwoBox: null,
			topTwoBoxPercent: null
		});
		expect(skills.answered).toBe(2);
		expect(skills.rows).toEqual([
			{
				row: 'listening',
				label: { en: 'Listening', fr: null, ar: null },
				answered: 2,
				counts: [
					{ value: 'low', label: { en: 'Low', fr: null, ar: null }, count: 0, share: 0 },
					{ value: 'high', label: { en: 'High', fr: null, ar: null }, count: 2, share: 1 }
				]
			},
			{
				row: 'writing',
				label: { en: 'Writing', fr: null, ar: null },
				answered: 1,
				counts: [
					{ value: 'low', label: { en: 'Low', fr: null, ar: null }, count: 1, share: 1 },
					{ value: 'high', label: { en: 'High', fr: null, ar: null }, count: 0, share: 0 }
				]
			}
		]);
		expect(comment).toMatchObject({ name: 'comment', type: 'long_text', answered: 2, counts: [], rows: [] });
		const text = JSON.stringify(body);
		for (const written of ['Useful', '555 0101', 'Midwife']) expect(text).not.toContain(written);
	});
});
