import { beforeAll, describe, expect, it } from 'vitest';
import * as collection from '../../../routes/api/v1/frameworks/+server.js';
import * as version from '../../../routes/api/v1/frameworks/[id]/versions/[number]/+server.js';
import type { Actor } from '../auth/actor.js';
import { testProgramme } from '../testing/curriculum.js';
import { db } from '../db/client.js';
import { programmeCountry } from '../db/schema/programmes.js';
import { createFramework } from '../frameworks/frameworks.js';
import { publishFramework } from '../frameworks/publish-framework.js';
import { setComponentStatements } from '../frameworks/statements.js';
import { addComponent, addSection } from '../frameworks/structure.js';
import { fourStatements, testStudy } from '../testing/delphi-study.js';
import { useTestDatabase } from '../testing/database.js';
import { coordinatorOf, focalPointOf, newAccount } from '../testing/fixtures.js';
import { send } from '../testing/api.js';

useTestDatabase();

let coordinator: Actor;
let theirCoordinator: Actor;
let focalGreece: Actor;
let focalMalta: Actor;
let trainer: Actor;
let published: string;
let draft: string;
let theirs: string;
let componentId: string;
let statementIds: string[];

/** A framework with one version, resting on a study whose rounds and meeting accepted two statements. */
beforeAll(async () => {
	const [ours, other] = [await testProgramme('OURS'), await testProgramme('THEIRS')];
	await db()
		.insert(programmeCountry)
		.values({ programmeId: ours, countryCode: 'GR', participation: 'pilot' });
	const study = await testStudy(ours, { en: 'Components of training' }, fourStatements);
	statementIds = study.statementIds;
	coordinator = await newAccount(coordinatorOf(ours));
	theirCoordinator = await newAccount(coordinatorOf(other));
	focalGreece = await newAccount(focalPointOf('GR'));
	focalMalta = await newAccount(focalPointOf('MT'));
	trainer = await newAccount({ role: 'trainer', scope: { kind: 'platform' } });

	({ id: published } = await createFramework(coordinator, {
		programmeId: ours,
		studyId: study.studyId,
		title: { en: 'Training framework', fr: 'Cadre de formation' },
		summary: { en: 'What a training holds' }
	}));
	const section = await addSection(coordinator, published, { title: { en: 'Delivery' } });
	({ id: componentId } = await addComponent(coordinator, published, section.id, {
		title: { en: 'Trainers' },
		description: { en: 'Who trains' }
	}));
	await setComponentStatements(coordinator, published, componentId, {
		statementIds: [statementIds[0], statementIds[1]]
	});
	await publishFramework(coordinator, published);

	({ id: draft } = await createFramework(coordinator, {
		programmeId: ours,
		title: { en: 'Unpublished draft' }
	}));
	({ id: theirs } = await createFramework(theirCoordinator, {
		programmeId: other,
		title: { en: 'Their framework' }
	}));
	const theirSection = await addSection(theirCoordinator, theirs, { title: { en: 'Only' } });
	await addComponent(theirCoordinator, theirs, theirSection.id, { title: { en: 'One component' } });
	await publishFramework(theirCoordinator, theirs);
});

describe('GET /api/v1/frameworks', () => {
	const list = async (as: Actor) => {
		const answer = await send(collection.GET, { path: '/frameworks', actor: as });
		expect(answer.status).toBe(200);
		return answer.body;
	};

	it('asks for a token, and refuses a role that reads no programme', async () => {
		expect((await send(collection.GET, { path: '/frameworks' })).status).toBe(401);
		expect((await send(collection.GET, { path: '/frameworks', actor: trainer })).status).toBe(403);
	});

	it('lists to its editors the drafts too, with whether they edit them', async () => {
		const body = await list(coordinator);
		expect(body).toMatchObject({ page: 1, pageSize: 25, total: 2 });
		expect(body.data).toEqual([
			{
				id: published,
				title: { en: 'Training framework', fr: 'Cadre de formation', ar: null },
				programme: {
					id: expect.any(String),
					name: { en: 'Programme OURS', fr: null, ar: null },
					acronym: 'OURS'
				},
				latestVersion: { number: 1, publishedAt: expect.any(String) },
				canEdit: true
			},
			expect.objectContaining({ id: draft, latestVersion: null, canEdit: true })
		]);
	});

	it("lists to the programme's focal points its published frameworks only, and nothing of another programme", async () => {
		expect(
			(await list(focalGreece)).data.map((row: { id: string; canEdit: boolean }) => [row.id, row.canEdit])
		).toEqual([[published, false]]);
		expect((await list(focalMalta)).data).toEqual([]);
		expect((await list(theirCoordinator)).data.map((row: { id: string }) => row.id)).toEqual([theirs]);
	});
});

describe('GET /api/v1/frameworks/{id}/versions/{number}', () => {
	const read = (as: Actor | undefined, id = published, number = '1') =>
		send(version.GET, { path: `/frameworks/${id}/versions/${number}`, params: { id, number }, actor: as });

	it('gives the version with each component traced to its statements and the results that accepted them', async () => {
		const { status, body } = await read(focalGreece);
		expect(status).toBe(200);
		expect(body.data).toEqual({
			frameworkId: published,
			programmeId: expect.any(String),
			number: 1,
			publishedAt: expect.any(String),
			title: { en: 'Training framework', fr: 'Cadre de formation', ar: null },
			summary: { en: 'What a training holds', fr: null, ar: null },
			study: { id: expect.any(String), title: { en: 'Components of training', fr: null, ar: null } },
			scale: 'nine',
			sections: [
				{
					title: { en: 'Delivery', fr: null, ar: null },
					components: [
						{
							id: componentId,
							title: { en: 'Trainers', fr: null, ar: null },
							description: { en: 'Who trains', fr: null, ar: null },
							statements: [
								{
									statementId: statementIds[0],
									text: {
										en: 'Trainers have worked with migrants',
										fr: 'Les formateurs ont travaillé avec des migrants',
										ar: null
									},
									domain: { en: 'Delivery', fr: 'Mise en œuvre', ar: null },
									// 10 of 12 rated 7–9: 83.3 %.
									rounds: [{ number: 1, nRated: 12, median: 8, iqr: 1, percentHigh: 83.3, outcome: 'in' }],
									meeting: null
								},
								{
									statementId: statementIds[1],
									text: { en: 'Sessions are held in the trainees’ language', fr: null, ar: null },
									domain: { en: 'Delivery', fr: 'Mise en œuvre', ar: null },
									rounds: [
										{ number: 1, nRated: 12, median: 6, iqr: 3, percentHigh: 50, outcome: 'none' },
										{ number: 2, nRated: 11, median: 7, iqr: 2, percentHigh: 60, outcome: 'none' }
									],
									meeting: {
										heldOn: '2018-01-31',
										votesFor: 14,
										votesAgainst: 2,
										abstentions: 1,
										outcome: 'in'
									}
								}
							]
						}
					]
				}
			]
		});
	});

	it('is refused outside the programme, and 404 for a version or framework that does not exist', async () => {
		expect((await read(undefined)).status).toBe(401);
		expect((await read(focalMalta)).status).toBe(403);
		expect((await read(theirCoordinator)).status).toBe(403);
		expect((await read(coordinator, published, '2')).status).toBe(404);
		expect((await read(coordinator, published, 'latest')).status).toBe(404);
		expect((await read(coordinator, draft)).status).toBe(404);
		expect((await read(coordinator, '3f2b8c1e-6d4a-4b7e-9a1c-2e5f8d7b6a90')).status).toBe(404);
	});
});
