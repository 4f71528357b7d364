import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import vectors from '../../../statistics/evaluation-vectors.json' with { type: 'json' };
import type { Answers } from '../../../surveys/definition.js';
import { db } from '../../db/client.js';
import { evaluationSubmission } from '../../db/schema/evaluation.js';
import { updateQuestion } from '../../surveys/builder.js';
import {
	definitionOf,
	evaluatedEvent,
	type EvaluatedEvent as World,
	itemName,
	oneMarkTest,
	planPhase as phase,
	recordMarks as record,
	referenceEvaluation
} from '../../testing/evaluation.js';
import { actor, focalPointOf } from '../../testing/fixtures.js';
import { useTestDatabase } from '../../testing/database.js';
import { versionOf } from '../record.js';
import { eventEvaluationResults } from './event-results.js';
import { exportEventResults } from './export.js';
import type { CodebookWords } from './participant-table.js';

useTestDatabase();

const { A_pre_post: a, B_item_analysis: b, C_follow_up: c, D_satisfaction: d } = vectors;

/** Relative 1e-6, as the statistics' own vector tests. */
const close = (actual: number | null | undefined, expected: number) => {
	expect(actual).not.toBeNull();
	expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected)));
};

describe('an event’s evaluation results', () => {
	let world: World;

	beforeAll(async () => {
		const reference = await referenceEvaluation('results-coordinator');
		world = reference.world;
		// The two who failed at once (12 of 20) pass at their second attempt: learning gain ignores it.
		const failed = world.confirmed.filter((_, index) => a.post[index] === 12);
		await record(world, reference.post, failed, [20, 20], 2);
	});

	it('equals the reference vectors: pairs, means, t, CI, dz, Wilcoxon, normalised gains', async () => {
		const results = await eventEvaluationResults(world.coordinator, world.eventId);
		expect(results.attrition).toEqual({ pre: 12, post: 12, pairs: 12, preOnly: 0, postOnly: 0 });
		expect(results.prePost).toHaveLength(1);
		const [group] = results.prePost;
		expect(group.scale).toEqual({ unit: 'marks', maxScore: 20 });
		const { figures } = group;
		const expected = a.expected;
		expect(figures).toMatchObject({ n: 12, disclosure: 'full', excludedAtMax: 1 });
		close(figures.meanGain, expected.mean_difference);
		close(figures.sdGain, expected.sd_difference);
		close(figures.pairedT?.t, expected.paired_t);
		expect(figures.pairedT?.df).toBe(expected.df);
		close(figures.pairedT?.p, expected.p_two_sided);
		close(figures.pairedT?.ci95?.[0], expected.ci95_mean_difference[0]);
		close(figures.pairedT?.ci95?.[1], expected.ci95_mean_difference[1]);
		close(figures.pairedT?.cohenDz, expected.cohen_dz);
		expect(figures.wilcoxon).toMatchObject({
			statistic: expected.wilcoxon_statistic_T,
			n: expected.wilcoxon_n_nonzero,
			method: 'wilcoxon-normal-corrected'
		});
		close(Math.abs(figures.wilcoxon!.z), expected.wilcoxon_z_abs);
		close(figures.wilcoxon?.p, expected.wilcoxon_p);
		close(figures.gainOfMeans, expected.normalised_gain_of_means);
		close(figures.averageGain, expected.average_normalised_gain);
		expect(figures.excludedAtMax).toBe(expected.average_normalised_gain_excluded_at_max);
	});

	it('reads the first post-test attempt for the gain, and any attempt for the pass', async () => {
		const { pass } = await eventEvaluationResults(world.coordinator, world.eventId);
		const first = a.post.filter((score) => score >= 14).length;
		expect(pass).toMatchObject({ passMarkPercent: 70, n: 12, passedFirst: first, passedAny: first + 2 });
		close(pass?.passedFirstPercent, (100 * first) / 12);
	});

	it('measures retention at the follow-up', async () => {
		const { followUps } = await eventEvaluationResults(world.coordinator, world.eventId);
		expect(followUps).toHaveLength(1);
		const [group] = followUps[0].groups;
		expect(followUps[0].offsetDays).toBe(90);
		expect(group.n).toBe(12);
		close(group.retentionShare, c.expected.retention_share);
		close(group.versusPre?.t, c.expected.follow_up_vs_pre_t);
		close(group.versusPre?.p, c.expected.follow_up_vs_pre_p);
		close(group.versusPost?.t, c.expected.follow_up_vs_post_t);
		close(group.versusPost?.p, c.expected.follow_up_vs_post_p);
	});

	it('gives the gain per module and the change per item', async () => {
		const [group] = (await eventEvaluationResults(world.coordinator, world.eventId)).prePost;
		const m2 = group.modules.find((module) => module.module === 'M2')!;
		const part = (scores: number[]) => scores.map((score) => Math.max(0, score - 10));
		const meanOf = (scores: number[]) => scores.reduce((sum, score) => sum + score, 0) / scores.length;
		const [before, after] = [meanOf(part(a.pre)), meanOf(part(a.post))];
		expect(m2.scale).toEqual({ unit: 'marks', maxScore: 10 });
		close(m2.figures.pre?.mean, before);
		close(m2.figures.post?.mean, after);
		close(m2.figures.gainOfMeans, (after - before) / (10 - before));
		// Item 14 is right for a score of 14 or more: five people rose past it (12→15, 11→16, 8→14,
		// 13→17, 11→15), one fell below it (14→13).
		const item = group.itemChanges?.find((change) => change.item === itemName(13));
		expect(item).toMatchObject({ n: 12, wrongToRight: 5, rightToWrong: 1 });
		close(item?.p, 0.21875); // two-sided binomial: 2 × P(X ≤ 1 of 6) = 2 × 7/64
	});

	it('gives the satisfaction figures of the anonymous answers', async () => {
		const { satisfaction } = await eventEvaluationResults(world.coordinator, world.eventId);
		expect(satisfaction).toHaveLength(1);
		expect(satisfaction[0].respondents).toBe(d.expected.n);
		const [overall] = satisfaction[0].questions;
		expect(overall.name).toBe('overall');
		expect(overall.figures).toMatchObject({ n: d.expected.n, disclosure: 'full', median: d.expected.median });
		close(overall.figures.mean, d.expected.mean);
		close(overall.figures.topTwoBoxPercent, d.expected.top_two_box_percent);
	});

	it('exports a row per person with the first and best post-test, and a codebook; no satisfaction answer', async () => {
		const file = await exportEventResults(world.coordinator, world.eventId, 'csv', words, 'en');
		expect(file.mediaType).toMatch(/^text\/csv/);
		const text = file.content.toString('utf8').replace(/^\uFEFF/, '');
		const [data, codebook] = text.split(/\r?\n\r?\n/);
		const rows = Papa.parse<Record<string, string>>(data, { header: true }).data;
		expect(rows).toHaveLength(12);
		const failed = rows.filter((row) => row.post_score === '12');
		expect(failed.map((row) => [row.post_attempts, row.post_best_score, row.passed])).toEqual([
			['2', '20', '1'],
			['2', '20', '1']
		]);
		const [first] = rows;
		expect(first).toMatchObject({ country: 'GR', profession: 'nurse', pre_version: '1', pre_max: '20' });
		expect(rows.map((row) => Number(row.pre_score)).sort()).toEqual([...a.pre].sort());
		expect(rows[0].post_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(Object.keys(rows[0])).toEqual(
			expect.arrayContaining(['follow_up_90_score', 'pre_module_M1', 'post_module_M2'])
		);
		expect(text).not.toContain('overall');
		expect(codebook).toContain('post_module_M2');

		const workbook = new ExcelJS.Workbook();
		const xlsx = await exportEventResults(world.coordinator, world.eventId, 'xlsx', words, 'en');
		await workbook.xlsx.load(xlsx.content as never);
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Results', 'Codebook']);
		expect(workbook.getWorksheet('Results')!.rowCount).toBe(13);
		expect(xlsx.name).toMatch(/\.xlsx$/);
	});

	it('exports per-person results only to whoever runs the event, and refuses an unknown format', async () => {
		const maltese = actor('results-export-mt', focalPointOf('MT'));
		await expect(exportEventResults(maltese, world.eventId, 'csv', words, 'en')).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(
			exportEventResults(world.coordinator, world.eventId, 'pdf', words, 'en')
		).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('lets the focal point of the event’s country read them, and nobody of another country', async () => {
		const greek = actor('results-focal-gr', focalPointOf('GR'));
		expect((await eventEvaluationResults(greek, world.eventId)).prePost).toHaveLength(1);
		const maltese = actor('results-focal-mt', focalPointOf('MT'));
		await expect(eventEvaluationResults(maltese, world.eventId)).rejects.toMatchObject({ code: 'forbidden' });
	});
});

describe('item analysis of an event’s tests', () => {
	it('equals the reference vector on first attempts, and flags weak items as Moodle does', async () => {
		const world = await evaluatedEvent('results-items', b.attempts.length);
		const test = await oneMarkTest(world.coordinator, world.programmeId, 6);
		const pre = await phase(world, 'pre', test);
		const rows = b.attempts.map((attempt) =>
			Object.fromEntries([...attempt].map((mark, item) => [itemName(item), Number(mark)]))
		);
		await record(world, pre, world.confirmed, rows);
		const { itemAnalyses, prePost, attrition } = await eventEvaluationResults(
			world.coordinator,
			world.eventId
		);
		expect(prePost).toEqual([]);
		expect(attrition).toBeNull();
		expect(itemAnalyses).toHaveLength(1);
		const [analysis] = itemAnalyses;
		const expected = b.expected;
		expect(analysis).toMatchObject({ phase: 'pre', nAttempts: 10, withoutItems: 0, disclosure: 'full' });
		analysis.items.forEach((item, index) => {
			close(item.facilityPercent, expected.facility_percent[index]);
			// Moodle rounds these to 2 decimals
			expect(item.discriminationIndex).toBeCloseTo(expected.discrimination_index[index], 2);
			expect(item.discriminativeEfficiencyPercent).toBeCloseTo(
				expected.discriminative_efficiency_percent[index],
				2
			);
			const flag =
				item.discriminationIndex! < 30 ? 'very_likely' : item.discriminationIndex! < 50 ? 'likely' : null;
			expect(item.needsChecking).toBe(flag);
		});
		expect(analysis.items.map((item) => item.needsChecking)).toContain('very_likely');
		close(analysis.meanTotal, expected.mean_total);
		close(analysis.sdTotal, expected.sd_total);
		close(analysis.cicPercent, expected.cic_percent);
		close(analysis.errorRatioPercent, expected.error_ratio_percent);
		close(analysis.standardError, expected.standard_error);
	});
});

describe('small cells and instrument versions', () => {
	it('never mixes versions, hides a group under 5 and shows one under 10 without tests', async () => {
		const world = await evaluatedEvent('results-small', 10);
		const test = await oneMarkTest(world.coordinator, world.programmeId, 4);
		const pre = await phase(world, 'pre', test);
		const post = await phase(world, 'post', test, { passMarkPercent: 50 });
		const satisfaction = await phase(world, 'satisfaction', world.satisfactionId);
		await record(world, pre, world.confirmed, [1, 2, 1, 0, 2, 1, 3, 2, 1, 0]);
		await record(world, post, world.confirmed.slice(0, 3), [3, 4, 2]);
		// The test changes after its first answers: later answers are a second version.
		await updateQuestion(world.coordinator, test, itemName(0), {
			name: itemName(0),
			type: 'yes_no',
			label: { en: 'Statement one, reworded' },
			marks: 1,
			correct: 'yes',
			module: 'M1'
		});
		await record(world, post, world.confirmed.slice(3), [3, 4, 2, 4, 3, 3, 4]);
		const versionId = await versionOf(world.satisfactionId, await definitionOf(world.satisfactionId));
		await db()
			.insert(evaluationSubmission)
			.values(
				[5, 4, 4].map((overall, index) => ({
					phaseId: satisfaction.id,
					eventId: world.eventId,
					registrationId: world.confirmed[index],
					versionId,
					source: 'entry' as const,
					answers: { overall } as Answers
				}))
			);

		const results = await eventEvaluationResults(world.coordinator, world.eventId);
		expect(results.attrition).toEqual({ pre: 10, post: 10, pairs: 10, preOnly: 0, postOnly: 0 });
		expect(results.prePost.map((group) => group.figures.n)).toEqual([3, 7]);
		const [hidden, descriptive] = results.prePost;
		expect(hidden.versionIds[0]).toBe(hidden.versionIds[1]);
		expect(descriptive.versionIds[0]).not.toBe(descriptive.versionIds[1]);
		expect(results.versions[descriptive.versionIds[1]].number).toBe(2);
		expect(hidden.figures).toMatchObject({
			disclosure: 'hidden',
			pre: null,
			post: null,
			meanGain: null,
			pairedT: null
		});
		expect(hidden.itemChanges?.every((change) => change.wrongToRight === null && change.p === null)).toBe(
			true
		);
		expect(descriptive.figures).toMatchObject({ disclosure: 'descriptive', pairedT: null, wilcoxon: null });
		close(descriptive.figures.post?.mean, (3 + 4 + 2 + 4 + 3 + 3 + 4) / 7);
		close(descriptive.figures.meanGain, (3 + 4 + 2 + 4 + 3 + 3 + 4 - (0 + 2 + 1 + 3 + 2 + 1 + 0)) / 7);
		expect(descriptive.itemChanges).toBeNull(); // two versions: no item is the same item
		const postItems = results.itemAnalyses.filter((analysis) => analysis.phase === 'post');
		expect(postItems.map((analysis) => [analysis.nAttempts, analysis.disclosure])).toEqual([
			[3, 'hidden'],
			[7, 'descriptive']
		]);
		expect(postItems[0].items).toEqual([]);
		expect(postItems[1].cicPercent).toBeNull();
		expect(postItems[1].items[0].discriminationIndex).toBeNull();
		expect(results.pass).toMatchObject({ n: 10, disclosure: 'full' });
		expect(results.satisfaction[0].questions[0].figures).toMatchObject({
			n: 3,
			disclosure: 'hidden',
			mean: null
		});
	});
});

const words: CodebookWords & { fileName: string } = {
	fileName: 'results',
	variable: 'variable',
	description: 'description',
	registrationId: 'registration',
	country: 'country',
	profession: 'profession',
	version: (phase) => `${phase} version`,
	date: (phase) => `${phase} date`,
	score: (phase) => `${phase} score`,
	maxScore: (phase) => `${phase} maximum`,
	attempts: 'attempts',
	bestScore: 'best',
	passed: 'passed',
	module: (phase, module, max) => `${phase} ${module} of ${max}`,
	pre: 'pre-test',
	post: 'post-test',
	followUp: (days) => `follow-up ${days}`,
	noSatisfaction: 'no satisfaction'
};
