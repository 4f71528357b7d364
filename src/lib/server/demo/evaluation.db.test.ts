import { eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { scoreAnswers } from '../../evaluation/scoring.js';
import { itemAnalysis } from '../../statistics/items.js';
import { loadDemoData } from '../../../cli/prepare-data.js';
import { db } from '../db/client.js';
import { packageModule } from '../db/schema/curriculum.js';
import { evaluationPhase, evaluationSubmission } from '../db/schema/evaluation.js';
import { programme } from '../db/schema/programmes.js';
import { survey } from '../db/schema/surveys.js';
import { useTestDatabase } from '../testing/database.js';
import { createDemoEvaluation } from './evaluation.js';

useTestDatabase();

type TrainingFigures = {
	city: string;
	country: string;
	people: number;
	pre: number;
	post: number;
	followUp90: number;
	followUp180: number;
	failed: number;
	retakes: number;
	preOnly: number;
	postOnly: number;
	satisfaction: number;
	receipts: number;
	named: number;
};

/** Each evaluated training's figures, straight from the submissions (first attempts). */
async function trainingFigures(): Promise<TrainingFigures[]> {
	const percent = sql.raw('100.0 * s.score / s.max_score');
	const { rows } = await db().execute<TrainingFigures>(sql`
		with taken as (
			select p.event_id, s.registration_id,
				bool_or(p.phase = 'pre') as pre, bool_or(p.phase = 'post') as post
			from evaluation_submission s join evaluation_phase p on p.id = s.phase_id
			where s.registration_id is not null group by 1, 2)
		select e.city, e.country_code as country,
			(select count(*)::int from registration r where r.event_id = e.id and r.status = 'confirmed') as people,
			avg(${percent}) filter (where p.phase = 'pre')::float8 as pre,
			avg(${percent}) filter (where p.phase = 'post' and s.attempt = 1)::float8 as post,
			avg(${percent}) filter (where p.offset_days = 90)::float8 as "followUp90",
			avg(${percent}) filter (where p.offset_days = 180)::float8 as "followUp180",
			count(*) filter (where p.phase = 'post' and s.attempt = 1 and not s.passed)::int as failed,
			count(*) filter (where p.phase = 'post' and s.attempt = 2)::int as retakes,
			(select count(*)::int from taken t where t.event_id = e.id and t.pre and not t.post) as "preOnly",
			(select count(*)::int from taken t where t.event_id = e.id and t.post and not t.pre) as "postOnly",
			count(*) filter (where p.phase = 'satisfaction')::int as satisfaction,
			(select count(*)::int from evaluation_receipt c join evaluation_phase q on q.id = c.phase_id
				where q.event_id = e.id) as receipts,
			count(*) filter (where p.phase = 'satisfaction' and s.registration_id is not null)::int as named
		from event e
		join evaluation_phase p on p.event_id = e.id
		join evaluation_submission s on s.phase_id = p.id
		group by e.id order by e.city`);
	return rows;
}

describe('demo evaluation', () => {
	it('evaluates the MIG-H pilots in ten countries with realistic figures, the same on every load', async () => {
		const started = performance.now();
		await loadDemoData();
		console.info(`whole demo loaded in ${Math.round(performance.now() - started)} ms`);

		const figures = await trainingFigures();
		expect(new Set(figures.map((training) => training.country)).size).toBeGreaterThanOrEqual(10);
		for (const training of figures) {
			expect(training.people).toBeGreaterThanOrEqual(15);
			expect(training.people).toBeLessThanOrEqual(50);
			expect(training.pre).toBeGreaterThanOrEqual(55);
			expect(training.pre).toBeLessThanOrEqual(75);
			expect(training.post).toBeGreaterThanOrEqual(75);
			expect(training.post).toBeLessThanOrEqual(92);
			expect(training.followUp90).toBeLessThan(training.post);
			expect(training.followUp180).toBeLessThan(training.post);
			expect(training.satisfaction / training.people).toBeGreaterThanOrEqual(0.22);
			expect(training.satisfaction / training.people).toBeLessThanOrEqual(0.78);
			// Anonymous: a receipt per answer, and no answer says whose it is.
			expect(training.receipts).toBe(training.satisfaction);
			expect(training.named).toBe(0);
		}
		const totalOf = (key: 'failed' | 'retakes' | 'preOnly' | 'postOnly') =>
			figures.reduce((sum, training) => sum + training[key], 0);
		expect(totalOf('failed')).toBeGreaterThan(0);
		expect(totalOf('retakes')).toBeGreaterThan(0);
		expect(totalOf('preOnly')).toBeGreaterThan(0);
		expect(totalOf('postOnly')).toBeGreaterThan(0);

		// Each result's items add up to its score, and its answers score the same.
		const tests = await db()
			.select({
				score: evaluationSubmission.score,
				answers: evaluationSubmission.answers,
				phase: evaluationPhase.phase,
				attempt: evaluationSubmission.attempt,
				definition: survey.definition,
				earned: sql<number>`(select sum(i.earned)::float8 from evaluation_item i
					where i.submission_id = ${evaluationSubmission.id})`,
				marks: sql<number[]>`(select array_agg(i.earned::float8 order by (substr(i.item, 6))::int)
					from evaluation_item i where i.submission_id = ${evaluationSubmission.id})`
			})
			.from(evaluationSubmission)
			.innerJoin(evaluationPhase, eq(evaluationPhase.id, evaluationSubmission.phaseId))
			.innerJoin(survey, eq(survey.id, evaluationPhase.surveyId))
			.where(inArray(evaluationPhase.phase, ['pre', 'post', 'follow_up']));
		for (const result of tests) {
			expect(result.earned).toBe(result.score);
			expect(scoreAnswers(result.definition, result.answers).score).toBe(result.score);
		}
		// The item analysis of first post-tests flags weak items: one too easy, one that does not discriminate.
		const firstPosts = tests.filter((result) => result.phase === 'post' && result.attempt === 1);
		const analysis = itemAnalysis(
			firstPosts.map((result) => result.marks),
			firstPosts[0].marks.map(() => 1)
		);
		expect(analysis.items.some((item) => item.facilityPercent! > 90)).toBe(true);
		expect(analysis.items.some((item) => item.discriminationIndex! < 20)).toBe(true);
		expect(analysis.items.some((item) => item.facilityPercent! < 60)).toBe(true);

		// Items are tagged with the package's modules; the second module gains less, as the demo says.
		const { rows: byModule } = await db().execute<{ module: string; gain: number }>(sql`
			select i.module, (avg(i.earned) filter (where p.phase = 'post' and s.attempt = 1)
				- avg(i.earned) filter (where p.phase = 'pre'))::float8 as gain
			from evaluation_item i join evaluation_submission s on s.id = i.submission_id
			join evaluation_phase p on p.id = s.phase_id
			group by i.module order by min(i.item)`);
		const modules = await db()
			.select({ title: packageModule.title })
			.from(packageModule)
			.orderBy(packageModule.position);
		expect(byModule.map((row) => row.module).sort()).toEqual(modules.map((row) => row.title.en).sort());
		const gainOf = (title: string) => byModule.find((row) => row.module === title)!.gain;
		expect(gainOf(modules[0].title.en!)).toBeGreaterThan(gainOf(modules[1].title.en!));

		// Loaded again (instruments, plans and results), the figures are the same.
		const [migh] = await db()
			.select({ id: programme.id })
			.from(programme)
			.where(eq(programme.acronym, 'MIG-H'));
		await db().transaction(async (tx) => {
			await tx.execute(sql`delete from evaluation_receipt`);
			await tx.execute(sql`delete from evaluation_submission`);
			await tx.execute(sql`delete from evaluation_phase`);
			await tx.execute(sql`delete from instrument_version`);
			await tx.execute(sql`delete from survey where title->>'en' like 'Demo %'`);
			await createDemoEvaluation(tx, migh.id);
		});
		expect(await trainingFigures()).toEqual(figures);
	}, 120_000);
});
