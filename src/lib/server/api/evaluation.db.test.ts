// An event's evaluation plan and results, and a programme's evaluated events, read through the API:
// scopes as on the pages, figures as the domain computes them, small cells null in the JSON, and
// nothing that names a participant or carries a personal link.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as planRoute from '../../../routes/api/v1/events/[id]/evaluation/plan/+server.js';
import * as resultsRoute from '../../../routes/api/v1/events/[id]/evaluation/results/+server.js';
import * as programmeRoute from '../../../routes/api/v1/programmes/[id]/evaluation/events/+server.js';
import type { Phase } from '../../evaluation/values.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { eventFacilitator } from '../db/schema/events.js';
import { programmeCountry } from '../db/schema/programmes.js';
import { survey } from '../db/schema/surveys.js';
import { listPersonalLinks } from '../evaluation/links.js';
import { getPlan, savePhase } from '../evaluation/plan.js';
import { recordResults } from '../evaluation/record.js';
import { eventEvaluationResults } from '../evaluation/results/event-results.js';
import { actorWithRole, send } from '../testing/api.js';
import { useTestDatabase } from '../testing/database.js';
import { closedWindow, evaluatedEvent } from '../testing/evaluation.js';
import { newEvent } from '../testing/events.js';
import { actor, focalPointOf } from '../testing/fixtures.js';
import { evaluationOperations } from './evaluation.js';

useTestDatabase();

type World = Awaited<ReturnType<typeof evaluatedEvent>>;

const noSuchId = '3f2b8c1e-6d4a-4b7e-9a1c-2e5f8d7b6a90';
const greek = actor('api-evaluation-focal-gr', focalPointOf('GR'));
const maltese = actor('api-evaluation-focal-mt', focalPointOf('MT'));
const portuguese = actor('api-evaluation-focal-pt', focalPointOf('PT'));
const trainer = actor('api-evaluation-trainer', { role: 'trainer', scope: { kind: 'platform' } });

/** Plans a phase of the world's event that closed yesterday; what recordResults needs of it. */
async function plan(world: World, kind: Phase, surveyId: string, extra: { passMarkPercent?: number } = {}) {
	const { id } = await savePhase(world.coordinator, world.eventId, {
		phase: kind,
		surveyId,
		anonymous: kind === 'satisfaction',
		...extra,
		...closedWindow()
	});
	const [{ definition }] = await db()
		.select({ definition: survey.definition })
		.from(survey)
		.where(eq(survey.id, surveyId));
	return {
		id,
		eventId: world.eventId,
		phase: kind,
		passMarkPercent: extra.passMarkPercent ?? null,
		surveyId,
		definition
	};
}

/** First attempts at the fixture's 3-mark test (`first` 2 marks, `dose` 1), by total score 0–3. */
async function enterScores(world: World, phase: Awaited<ReturnType<typeof plan>>, scores: readonly number[]) {
	await recordResults(
		db(),
		phase,
		scores.map((score, index) => ({
			registrationId: world.confirmed[index],
			countryCode: 'GR',
			profession: 'nurse',
			attempt: 1,
			items: { first: score >= 2 ? 2 : 0, dose: score % 2 }
		})),
		'entry',
		world.coordinator.userId
	);
}

const mean = (values: readonly number[]) => values.reduce((total, value) => total + value, 0) / values.length;

const read = (handler: typeof resultsRoute.GET, path: string, id: string, as?: Actor) =>
	send(handler, { path: path.replace('{id}', id), params: { id }, actor: as });
const readResults = (id: string, as?: Actor) =>
	read(resultsRoute.GET, '/events/{id}/evaluation/results', id, as);
const readPlan = (id: string, as?: Actor) => read(planRoute.GET, '/events/{id}/evaluation/plan', id, as);
const readProgramme = (id: string, as?: Actor, query = '') =>
	read(programmeRoute.GET, `/programmes/{id}/evaluation/events${query}`, id, as);

// Twelve pairs on the 3-mark test: every figure shown, tests included.
const pre = [0, 1, 1, 2, 0, 1, 2, 1, 0, 1, 3, 1];
const post = [2, 3, 3, 3, 2, 2, 3, 3, 1, 2, 3, 2];

let world: World;
let tokens: string[];

beforeAll(async () => {
	world = await evaluatedEvent('api-evaluation-coordinator', pre.length);
	await enterScores(world, await plan(world, 'pre', world.testId), pre);
	await enterScores(world, await plan(world, 'post', world.testId, { passMarkPercent: 60 }), post);
	await plan(world, 'satisfaction', world.satisfactionId);
	tokens = (await listPersonalLinks(world.coordinator, world.eventId)).map((link) => link.token);
});

describe('GET /api/v1/events/{id}/evaluation/results', () => {
	it('gives the coordinator the figures of the results page, as JSON numbers, in the documented shape', async () => {
		const { status, body } = await readResults(world.eventId, world.coordinator);
		expect(status).toBe(200);
		expect(evaluationOperations.results.success.schema.safeParse(body).error).toBeUndefined();
		const { data } = body;
		expect(data.attrition).toEqual({ pre: 12, post: 12, pairs: 12, preOnly: 0, postOnly: 0 });
		const [group] = data.prePost;
		expect(group.preVersionId).toBe(group.postVersionId);
		expect(group.scale).toEqual({ unit: 'marks', maxScore: 3 });
		const { figures } = group;
		expect(figures).toMatchObject({ n: 12, disclosure: 'full', excludedAtMax: 1 });
		expect(figures.pre.mean).toBeCloseTo(mean(pre), 12);
		expect(figures.post.mean).toBeCloseTo(mean(post), 12);
		expect(figures.meanGain).toBeCloseTo(mean(post) - mean(pre), 12);
		expect(figures.gainOfMeans).toBeCloseTo((mean(post) - mean(pre)) / (3 - mean(pre)), 12);
		const { ci95, p, method } = figures.pairedT;
		expect(method).toBe('paired-t');
		expect(ci95.low).toBeLessThan(figures.meanGain);
		expect(ci95.high).toBeGreaterThan(figures.meanGain);
		expect(p).toBeGreaterThan(0);
		expect(p).toBeLessThan(0.05);
		expect(typeof figures.wilcoxon.p).toBe('number');
		// 60 % of 3 marks: 2 marks or more.
		expect(data.pass).toMatchObject({
			passMarkPercent: 60,
			n: 12,
			passedFirst: post.filter((score) => score >= 2).length
		});
		expect(data.versions).toEqual([
			expect.objectContaining({
				number: 1,
				maxScore: 3,
				surveyTitle: { en: 'Knowledge test', fr: null, ar: null }
			})
		]);
		expect(data.itemAnalyses.map((analysis: { phase: string }) => analysis.phase)).toEqual(['pre', 'post']);
		expect(group.modules.map((gain: { module: string }) => gain.module).sort()).toEqual(['M1', 'M2']);
	});

	it('answers what the results page reads from the domain', async () => {
		const page = await eventEvaluationResults(world.coordinator, world.eventId);
		const { body } = await readResults(world.eventId, world.coordinator);
		const [api] = body.data.prePost;
		const [domain] = page.prePost;
		expect(api.figures.pairedT.t).toBe(domain.figures.pairedT!.t);
		expect([api.figures.pairedT.ci95.low, api.figures.pairedT.ci95.high]).toEqual(
			domain.figures.pairedT!.ci95
		);
		expect(api.figures.wilcoxon).toEqual({ ...domain.figures.wilcoxon });
		expect(api.figures.averageGain).toBe(domain.figures.averageGain);
		expect(body.data.itemAnalyses[1].items[0].facilityPercent).toBe(
			page.itemAnalyses[1].items[0].facilityPercent
		);
	});

	it('names no participant and carries no personal link', async () => {
		const text = JSON.stringify((await readResults(world.eventId, world.coordinator)).body);
		expect(tokens).toHaveLength(12);
		for (const secret of ['Participant', '@example.org', ...tokens, ...world.confirmed])
			expect(text).not.toContain(secret);
	});

	it('lets the focal point of the event’s country and its trainers read them, and refuses everyone else', async () => {
		expect((await readResults(world.eventId, greek)).status).toBe(200);
		const other = await readResults(world.eventId, maltese);
		expect(other.status).toBe(403);
		expect(other.body.error.code).toBe('forbidden');
		expect((await readResults(world.eventId, trainer)).status).toBe(403);
		const facilitator = await actorWithRole('trainer');
		await db().insert(eventFacilitator).values({ eventId: world.eventId, userId: facilitator.userId });
		expect((await readResults(world.eventId, facilitator)).status).toBe(200);
		const anonymous = await readResults(world.eventId);
		expect(anonymous.status).toBe(401);
		expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
		expect((await readResults(noSuchId, world.coordinator)).status).toBe(404);
		expect((await readResults('not-an-id', world.coordinator)).status).toBe(404);
	});

	it('gives small cells as null: nothing below 5 pairs, no test below 10', async () => {
		const small = await evaluatedEvent('api-evaluation-small', 7);
		const test = small.testId;
		const [before, after] = [
			await plan(small, 'pre', test),
			await plan(small, 'post', test, { passMarkPercent: 60 })
		];
		await enterScores(small, before, [0, 1, 1, 2, 0, 1, 2]);
		await enterScores(small, after, [2, 3, 3, 3, 2, 2, 1]);
		const descriptive = (await readResults(small.eventId, small.coordinator)).body.data;
		expect(descriptive.prePost[0].figures).toMatchObject({
			n: 7,
			disclosure: 'descriptive',
			pairedT: null,
			wilcoxon: null
		});
		expect(descriptive.prePost[0].figures.pre.mean).toBeCloseTo(mean([0, 1, 1, 2, 0, 1, 2]), 12);
		expect(descriptive.pass).toMatchObject({ n: 7, passedFirst: 6, passedFirstPercent: null });

		const tiny = await evaluatedEvent('api-evaluation-tiny', 3);
		await enterScores(tiny, await plan(tiny, 'pre', tiny.testId), [0, 1, 2]);
		await enterScores(tiny, await plan(tiny, 'post', tiny.testId), [3, 2, 2]);
		const { body } = await readResults(tiny.eventId, tiny.coordinator);
		expect(evaluationOperations.results.success.schema.safeParse(body).error).toBeUndefined();
		const [group] = body.data.prePost;
		const { n, disclosure, ...figures } = group.figures;
		expect([n, disclosure]).toEqual([3, 'hidden']);
		expect(Object.keys(figures)).toHaveLength(9);
		expect(Object.entries(figures).filter(([, value]) => value !== null)).toEqual([]);
		expect(
			group.itemChanges.every((change: { wrongToRight: null; p: null }) => change.wrongToRight === null)
		).toBe(true);
		expect(
			body.data.itemAnalyses.every((analysis: { items: unknown[] }) => analysis.items.length === 0)
		).toBe(true);
	});
});

describe('GET /api/v1/events/{id}/evaluation/plan', () => {
	it('gives the phases in order with ISO instants, and no personal link', async () => {
		const { status, body } = await readPlan(world.eventId, world.coordinator);
		expect(status).toBe(200);
		expect(evaluationOperations.plan.success.schema.safeParse(body).error).toBeUndefined();
		const domain = await getPlan(world.coordinator, world.eventId);
		expect(body.data).toMatchObject({ eventId: world.eventId, timeZone: 'UTC', requiresPostTest: false });
		expect(body.data.phases).toEqual(
			domain.phases.map((phase) => ({
				id: phase.id,
				phase: phase.phase,
				offsetDays: 0,
				surveyId: phase.surveyId,
				surveyTitle: { ...phase.surveyTitle, fr: null, ar: null },
				opensAt: phase.opensAt.toISOString(),
				closesAt: phase.closesAt.toISOString(),
				passMarkPercent: phase.passMarkPercent,
				anonymous: phase.anonymous,
				submissions: phase.submissions
			}))
		);
		expect(
			body.data.phases.map((phase: { phase: string; submissions: number }) => [
				phase.phase,
				phase.submissions
			])
		).toEqual([
			['pre', 12],
			['post', 12],
			['satisfaction', 0]
		]);
		const text = JSON.stringify(body);
		for (const token of tokens) expect(text).not.toContain(token);
	});

	it('is refused to a focal point of another country; 404 for no such event', async () => {
		expect((await readPlan(world.eventId, greek)).status).toBe(200);
		expect((await readPlan(world.eventId, maltese)).body.error.code).toBe('forbidden');
		expect((await readPlan(noSuchId, world.coordinator)).status).toBe(404);
	});
});

describe('GET /api/v1/programmes/{id}/evaluation/events', () => {
	let malteseEvent: string;

	beforeAll(async () => {
		await db()
			.insert(programmeCountry)
			.values(
				['GR', 'MT'].map((countryCode) => ({
					programmeId: world.programmeId,
					countryCode,
					participation: 'pilot' as const
				}))
			);
		malteseEvent = await newEvent({
			programmeId: world.programmeId,
			countryCode: 'MT',
			startsOn: '2019-03-04',
			endsOn: '2019-03-05',
			timeZone: 'UTC'
		});
		await savePhase(world.coordinator, malteseEvent, {
			phase: 'pre',
			surveyId: world.testId,
			...closedWindow()
		});
		// Without a plan: not listed.
		await newEvent({ programmeId: world.programmeId, countryCode: 'GR' });
	});

	const ids = (body: { data: { id: string }[] }) => body.data.map((row) => row.id);

	it('lists the programme’s events with a plan, newest first, with their pairs', async () => {
		const { status, body } = await readProgramme(world.programmeId, world.coordinator);
		expect(status).toBe(200);
		expect(evaluationOperations.programmeEvents.success.schema.safeParse(body).error).toBeUndefined();
		expect(body).toMatchObject({ page: 1, total: 2 });
		expect(body.data).toEqual([
			expect.objectContaining({ id: malteseEvent, countryCode: 'MT', phases: ['pre'], pairs: 0 }),
			expect.objectContaining({
				id: world.eventId,
				countryCode: 'GR',
				kind: 'pilot_training',
				startsOn: '2018-05-29',
				phases: ['pre', 'post', 'satisfaction'],
				pairs: 12
			})
		]);
	});

	it('shows a focal point their countries’ events only', async () => {
		expect(ids((await readProgramme(world.programmeId, greek)).body)).toEqual([world.eventId]);
		expect(ids((await readProgramme(world.programmeId, maltese)).body)).toEqual([malteseEvent]);
		expect((await readProgramme(world.programmeId, portuguese)).status).toBe(403);
	});

	it('refuses trainers and the public, 404 for no such programme, 400 for a bad page', async () => {
		expect((await readProgramme(world.programmeId, trainer)).status).toBe(403);
		expect((await readProgramme(world.programmeId)).status).toBe(401);
		expect((await readProgramme(noSuchId, world.coordinator)).status).toBe(404);
		const paged = await readProgramme(world.programmeId, world.coordinator, '?pageSize=1&page=2');
		expect(paged.body).toMatchObject({ page: 2, pageSize: 1, total: 2 });
		expect(ids(paged.body)).toEqual([world.eventId]);
		const invalid = await readProgramme(world.programmeId, world.coordinator, '?page=0');
		expect(invalid.status).toBe(400);
		expect(invalid.body.error.fields).toEqual({ page: ['invalid_page'] });
	});
});
