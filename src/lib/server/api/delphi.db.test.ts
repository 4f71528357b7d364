// A small Delphi study run through the domain (panel, two rounds, the meeting), then read through
// the API: figures checked by hand, nothing that names a panellist or gives one rating.
import { beforeAll, describe, expect, it } from 'vitest';
import * as collection from '../../../routes/api/v1/delphi/studies/+server.js';
import * as results from '../../../routes/api/v1/delphi/studies/[id]/results/+server.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { delphiMeetingVote, delphiRound } from '../db/schema/delphi.js';
import { addPanellists, listPanel } from '../delphi/panel.js';
import { savePanelRound } from '../delphi/panel-round.js';
import { closeRound, openRound } from '../delphi/rounds.js';
import { addDomain, addStatement, createStudy } from '../delphi/studies.js';
import { useTestDatabase } from '../testing/database.js';
import {
	actor,
	newPeople,
	nineScaleStudyInput,
	programmeWithCoordinator,
	roundOfAWeek
} from '../testing/fixtures.js';
import { send } from '../testing/api.js';

useTestDatabase();

let coordinatorA: Actor;
let coordinatorB: Actor;
const trainer = actor('trainer', { role: 'trainer', scope: { kind: 'platform' } });
let studyA: string;
let studyB: string;
let statements: { certified: string; sessions: string };

async function newStudy(coordinator: Actor, programmeId: string, title: string): Promise<string> {
	const { id } = await createStudy(coordinator, nineScaleStudyInput(programmeId, title));
	return id;
}

/** Submits one round: each panellist's ratings of (certified, sessions); null leaves them unsubmitted. */
async function rate(tokens: string[], ratings: Array<[number | 'unable' | null, number | 'unable'] | null>) {
	for (const [index, pair] of ratings.entries()) {
		if (!pair) continue;
		const [certified, sessions] = pair;
		const answers = [
			...(certified === null ? [] : [{ statementId: statements.certified, rating: certified }]),
			{ statementId: statements.sessions, rating: sessions }
		];
		const saved = await savePanelRound(tokens[index], { answers, submit: true });
		expect(saved).toEqual({ ok: true, submitted: true });
	}
}

async function closeRoundNumber(coordinator: Actor, number: number) {
	const rounds = await db().select().from(delphiRound);
	await closeRound(coordinator, rounds.find((round) => round.number === number)!.id);
}

beforeAll(async () => {
	const a = await programmeWithCoordinator('coordinator-a', { name: 'Programme A' });
	const b = await programmeWithCoordinator('coordinator-b', { name: 'Programme B' });
	coordinatorA = a.coordinator;
	coordinatorB = b.coordinator;
	studyA = await newStudy(coordinatorA, a.programmeId, 'Training components');
	studyB = await newStudy(coordinatorB, b.programmeId, 'Study of B');

	const { id: domainId } = await addDomain(coordinatorA, studyA, { title: { en: 'Delivery' } });
	const add = async (text: string) =>
		(await addStatement(coordinatorA, studyA, { domainId, text: { en: text } })).id;
	statements = { certified: await add('Trainers are certified'), sessions: await add('Sessions last a day') };

	const people = await newPeople(['Nadia Karim', 'Petros Alexiou', 'Sofia Borg', 'Omar Haddad']);
	await addPanellists(coordinatorA, studyA, { personIds: people.slice(0, 2), stakeholderGroup: 'Academia' });
	await addPanellists(coordinatorA, studyA, { personIds: people.slice(2), stakeholderGroup: 'Ministries' });
	const tokens = (await listPanel(coordinatorA, studyA)).map((row) => row.token);

	// Round 1. Certified: 8, 9, 7 → in. Sessions: 5, unable, 2 → no consensus. The fourth panellist
	// does not submit, so is not counted.
	await openRound(coordinatorA, studyA, roundOfAWeek());
	await rate(tokens, [[8, 5], [9, 'unable'], [7, 2], null]);
	await closeRoundNumber(coordinatorA, 1);
	// Round 2 asks only what round 1 left open. Sessions: 6, 4, 2 → still no consensus.
	await openRound(coordinatorA, studyA, roundOfAWeek());
	await rate(tokens, [[null, 6], [null, 4], [null, 2], null]);
	await closeRoundNumber(coordinatorA, 2);
	await db().insert(delphiMeetingVote).values({
		statementId: statements.sessions,
		heldOn: '2026-03-02',
		votesFor: 5,
		votesAgainst: 1,
		abstentions: 2,
		outcome: 'in'
	});
});

describe('GET /api/v1/delphi/studies', () => {
	it('asks for a token, and refuses someone who runs no studies', async () => {
		expect((await send(collection.GET, { path: '/delphi/studies' })).status).toBe(401);
		const outsider = await send(collection.GET, { path: '/delphi/studies', actor: trainer });
		expect(outsider.status).toBe(403);
		expect(outsider.body.error.code).toBe('forbidden');
	});

	it("lists a programme's studies to its coordinator only", async () => {
		const asA = await send(collection.GET, { path: '/delphi/studies', actor: coordinatorA });
		expect(asA.status).toBe(200);
		expect(asA.body).toEqual({
			data: [
				{
					id: studyA,
					title: { en: 'Training components', fr: null, ar: null },
					programmeName: { en: 'Programme A', fr: null, ar: null },
					panellists: 4,
					statements: 2,
					roundsPlanned: 2,
					roundsOpened: 2
				}
			],
			page: 1,
			pageSize: 25,
			total: 1
		});
		const asB = await send(collection.GET, { path: '/delphi/studies', actor: coordinatorB });
		expect(asB.body.data.map((row: { id: string }) => row.id)).toEqual([studyB]);
	});

	it('cuts the list into pages', async () => {
		const admin = actor('admin', { role: 'administrator', scope: { kind: 'platform' } });
		const page = await send(collection.GET, { path: '/delphi/studies?pageSize=1&page=2', actor: admin });
		expect(page.body).toMatchObject({ page: 2, pageSize: 1, total: 2 });
		expect(page.body.data).toHaveLength(1);
		const invalid = await send(collection.GET, { path: '/delphi/studies?page=0', actor: admin });
		expect(invalid.status).toBe(400);
		expect(invalid.body.error.fields).toEqual({ page: ['invalid_page'] });
	});
});

describe('GET /api/v1/delphi/studies/{id}/results', () => {
	const read = (as: Actor | undefined, id = studyA) =>
		send(results.GET, { path: `/delphi/studies/${id}/results`, params: { id }, actor: as });

	it("is refused to the public, outsiders and another programme's coordinator; 404 for no such study", async () => {
		expect((await read(undefined)).status).toBe(401);
		expect((await read(trainer)).status).toBe(403);
		expect((await read(coordinatorB)).status).toBe(403);
		expect((await read(coordinatorA, '3f2b8c1e-6d4a-4b7e-9a1c-2e5f8d7b6a90')).status).toBe(404);
	});

	it('gives, per statement and closed round, the group figures and the outcome', async () => {
		const { status, body } = await read(coordinatorA);
		expect(status).toBe(200);
		expect(body.data.study).toMatchObject({
			id: studyA,
			scale: 'nine',
			scaleMin: 1,
			scaleMax: 9,
			roundsPlanned: 2,
			roundsClosed: [1, 2]
		});
		const [certified, sessions] = body.data.statements;
		// 8, 9, 7: median 8, inclusive quartiles 7.5 and 8.5, all in the 7–9 band.
		expect(certified).toEqual({
			id: statements.certified,
			text: { en: 'Trainers are certified', fr: null, ar: null },
			domain: { en: 'Delivery', fr: null, ar: null },
			firstRound: 1,
			rounds: [
				{
					number: 1,
					nResponses: 3,
					nRated: 3,
					nUnable: 0,
					counts: [0, 0, 0, 0, 0, 0, 1, 1, 1],
					median: 8,
					q1: 7.5,
					q3: 8.5,
					iqr: 1,
					shares: { low: 0, mid: 0, high: 1 },
					outcome: 'in',
					stability: null
				}
			],
			meeting: null,
			final: 'in',
			settledBy: 'round'
		});
		// Round 1: 5 and 2 rated, one unable: median 3.5, q1 2 + ¼·3 = 2.75, q3 2 + ¾·3 = 4.25.
		// Round 2: 6, 4, 2: median 4, quartiles 3 and 5. Paired: 5→6 and 2→2 (the one unable in
		// round 1 is left out), one changed of two; a single non-zero difference gives p = 1.
		expect(sessions.rounds).toEqual([
			{
				number: 1,
				nResponses: 3,
				nRated: 2,
				nUnable: 1,
				counts: [0, 1, 0, 0, 1, 0, 0, 0, 0],
				median: 3.5,
				q1: 2.75,
				q3: 4.25,
				iqr: 1.5,
				shares: { low: 0.5, mid: 0.5, high: 0 },
				outcome: 'none',
				stability: null
			},
			{
				number: 2,
				nResponses: 3,
				nRated: 3,
				nUnable: 0,
				counts: [0, 1, 0, 1, 0, 1, 0, 0, 0],
				median: 4,
				q1: 3,
				q3: 5,
				iqr: 2,
				shares: { low: 1 / 3, mid: 2 / 3, high: 0 },
				outcome: 'none',
				stability: { nPaired: 2, shareChanged: 0.5, wilcoxonP: 1 }
			}
		]);
		expect(sessions).toMatchObject({
			meeting: { heldOn: '2026-03-02', votesFor: 5, votesAgainst: 1, abstentions: 2, outcome: 'in' },
			final: 'in',
			settledBy: 'meeting'
		});
	});

	it('names no panellist and shows no stakeholder group or single rating', async () => {
		const text = JSON.stringify((await read(coordinatorA)).body);
		for (const secret of [
			'Nadia',
			'Petros',
			'Sofia',
			'Omar',
			'panellist',
			'@example.org',
			'Academia',
			'Ministries',
			'byGroup'
		])
			expect(text).not.toContain(secret);
	});
});
