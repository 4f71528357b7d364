import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db/client.js';
import { evaluationItem, evaluationSubmission, instrumentVersion } from '../db/schema/evaluation.js';
import { survey } from '../db/schema/surveys.js';
import { evaluatedEvent, openWindow } from '../testing/evaluation.js';
import { countRows } from '../testing/fixtures.js';
import { useTestDatabase } from '../testing/database.js';
import { savePhase } from './plan.js';
import { passes, recordResults, versionOf, type PhaseToRecord } from './record.js';

useTestDatabase();

let world: Awaited<ReturnType<typeof evaluatedEvent>>;
let post: PhaseToRecord;

beforeAll(async () => {
	world = await evaluatedEvent('record-coordinator', 3);
	const { id } = await savePhase(world.coordinator, world.eventId, {
		phase: 'post',
		surveyId: world.testId,
		passMarkPercent: 70,
		...openWindow()
	});
	const [test] = await db()
		.select({ definition: survey.definition })
		.from(survey)
		.where(eq(survey.id, world.testId));
	post = {
		id,
		eventId: world.eventId,
		phase: 'post',
		passMarkPercent: 70,
		surveyId: world.testId,
		definition: test.definition
	};
});

const person = (registrationId: string) => ({
	registrationId,
	countryCode: 'GR',
	profession: 'nurse',
	attempt: 1
});

describe('recording many results at once', () => {
	it('stores each score against the pass mark, with the marks per item where the paper has them', async () => {
		const [eleni, nikos, anna] = world.confirmed;
		const stored = await db().transaction((tx) =>
			recordResults(
				tx,
				post,
				[
					{ ...person(eleni), items: { first: 2, dose: 1 } },
					{ ...person(nikos), items: { first: 2, dose: 0 } },
					{ ...person(anna), total: 2 }
				],
				'entry',
				world.coordinator.userId
			)
		);
		expect(stored).toBe(3);
		const rows = await db()
			.select({
				registrationId: evaluationSubmission.registrationId,
				score: evaluationSubmission.score,
				maxScore: evaluationSubmission.maxScore,
				passed: evaluationSubmission.passed,
				source: evaluationSubmission.source,
				enteredBy: evaluationSubmission.enteredBy,
				versionId: evaluationSubmission.versionId
			})
			.from(evaluationSubmission);
		const byPerson = new Map(rows.map((row) => [row.registrationId, row]));
		// 3 of 3 passes 70 %; 2 of 3 (66.7 %) does not, as a total or from its items.
		expect([eleni, nikos, anna].map((id) => [byPerson.get(id)?.score, byPerson.get(id)?.passed])).toEqual([
			[3, true],
			[2, false],
			[2, false]
		]);
		expect(rows.every((row) => row.maxScore === 3 && row.source === 'entry')).toBe(true);
		expect(rows.every((row) => row.enteredBy === world.coordinator.userId)).toBe(true);
		// One version for all, the one the participant's page would use for the same definition.
		expect(new Set(rows.map((row) => row.versionId))).toEqual(
			new Set([await versionOf(world.testId, post.definition)])
		);
		expect(await countRows(instrumentVersion)).toBe(1);
		// Item rows for the results with items only, each tagged with its module.
		const items = await db()
			.select({
				item: evaluationItem.item,
				module: evaluationItem.module,
				marks: evaluationItem.marks,
				earned: evaluationItem.earned
			})
			.from(evaluationItem)
			.innerJoin(evaluationSubmission, eq(evaluationSubmission.id, evaluationItem.submissionId))
			.where(eq(evaluationSubmission.registrationId, nikos));
		expect(items.sort((a, b) => a.item.localeCompare(b.item))).toEqual([
			{ item: 'dose', module: 'M2', marks: 1, earned: 0 },
			{ item: 'first', module: 'M1', marks: 2, earned: 2 }
		]);
		expect(await countRows(evaluationItem)).toBe(4);
	});

	it('stores nothing for no results, and treats a score outside the marks as a bug', async () => {
		expect(await db().transaction((tx) => recordResults(tx, post, [], 'import', null))).toBe(0);
		await expect(
			db().transaction((tx) =>
				recordResults(tx, post, [{ ...person(world.confirmed[0]), attempt: 2, total: 4 }], 'import', null)
			)
		).rejects.toThrow('score 4 outside 0–3');
	});

	it('judges the pass mark to the hair, and not at all without one', () => {
		expect(passes(14, 20, 70)).toBe(true);
		expect(passes(13.99, 20, 70)).toBe(false);
		expect(passes(0, 20, null)).toBeNull();
	});
});
