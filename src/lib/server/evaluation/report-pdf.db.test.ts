// The evaluation report of a seeded event, read back as a PDF reader would (pdf.js), in English and
// Arabic with the results page's own words: the figures equal the reference vectors', formatted in
// the report's language; small cells come out as "—" with their reason; scope as the results page.
import { beforeAll, describe, expect, it } from 'vitest';
import vectors from '../../statistics/evaluation-vectors.json' with { type: 'json' };
import { figureFormat } from '../../evaluation/figure-format.js';
import { reportWords } from '../../../routes/(app)/events/[id]/evaluation/results/report.pdf/words.js';
import {
	evaluatedEvent,
	oneMarkTest,
	planPhase,
	recordMarks,
	referenceEvaluation,
	type EvaluatedEvent
} from '../testing/evaluation.js';
import { actor, focalPointOf } from '../testing/fixtures.js';
import { useTestDatabase } from '../testing/database.js';
import { pdfText } from '../testing/pdf-text.js';
import { eventEvaluationReport } from './report-pdf.js';

useTestDatabase();

const { A_pre_post: a } = vectors;
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * The letters of a text, sorted, without spaces and marks: pdf.js reads shaped Arabic back in pieces
 * and out of order, so an Arabic heading is found by its letters in the text of its page.
 */
const letters = (text: string) =>
	[...text]
		.filter((char) => /\p{L}/u.test(char))
		.sort()
		.join('');
const holdsLetters = (text: string, words: string) => {
	const have = [...letters(text)].reduce(
		(counts, char) => counts.set(char, (counts.get(char) ?? 0) + 1),
		new Map<string, number>()
	);
	return [...letters(words)].every((char) => {
		const left = have.get(char) ?? 0;
		have.set(char, left - 1);
		return left > 0;
	});
};

async function report(world: EvaluatedEvent, locale: 'en' | 'fr' | 'ar') {
	const file = await eventEvaluationReport(world.coordinator, world.eventId, reportWords(locale), locale);
	return { ...file, text: await pdfText(file.content) };
}

describe('the evaluation report of an event', { timeout: 120_000 }, () => {
	let world: EvaluatedEvent;

	beforeAll(async () => {
		world = (await referenceEvaluation('report-coordinator')).world;
	});

	it('holds the event, the means before and after, t and the sections, in English', async () => {
		const { name, mediaType, content, text } = await report(world, 'en');
		expect(content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(mediaType).toBe('application/pdf');
		expect(name).toMatch(/evaluation report\.pdf$/);
		const { number } = figureFormat('en');
		for (const expected of [
			'Evaluation report',
			'Confirmed participants',
			'Learning: pre-test → post-test',
			'Gain per package module',
			'Item analysis',
			'Retention at follow-up',
			'Satisfaction',
			// Mean pre and post in marks out of 20, then t(11) and the gain's confidence interval.
			`${number.format(mean(a.pre))} (`,
			`${number.format(mean(a.post))} (`,
			`t(${a.expected.df}) = ${number.format(a.expected.paired_t)}`,
			`${number.format(a.expected.ci95_mean_difference[0])} – ${number.format(a.expected.ci95_mean_difference[1])}`,
			number.format(a.expected.cohen_dz),
			// The charts' labels: the key and the module rows.
			'Whole test',
			'M1',
			'M2'
		])
			expect(text).toContain(expected);
	});

	it('writes numbers the French way in French', async () => {
		const { text } = await report(world, 'fr');
		const { number } = figureFormat('fr');
		expect(number.format(a.expected.paired_t)).toContain(',');
		expect(text).toContain(`t(${a.expected.df}) = ${number.format(a.expected.paired_t)}`);
		expect(text).toContain('Rapport d’évaluation');
	});

	it('is written in Arabic, right to left, with the Arabic headings and the same figures', async () => {
		const { text } = await report(world, 'ar');
		const { number } = figureFormat('ar');
		for (const heading of ['تقرير التقييم', 'تحليل البنود', 'الرضا'])
			expect(holdsLetters(text, heading), heading).toBe(true);
		expect(text).toContain(number.format(mean(a.pre)));
		expect(text).toContain(number.format(mean(a.post)));
		expect(text).toContain(number.format(a.expected.paired_t));
	});

	it('is refused to the focal point of another country, and given to the event country’s', async () => {
		const maltese = actor('report-focal-mt', focalPointOf('MT'));
		await expect(
			eventEvaluationReport(maltese, world.eventId, reportWords('en'), 'en')
		).rejects.toMatchObject({
			code: 'forbidden'
		});
		const greek = actor('report-focal-gr', focalPointOf('GR'));
		const file = await eventEvaluationReport(greek, world.eventId, reportWords('en'), 'en');
		expect(file.content.length).toBeGreaterThan(1000);
	});
});

describe('the evaluation report of a small event', { timeout: 120_000 }, () => {
	it('writes "—" for figures about fewer than 5 people, and says why', async () => {
		const world = await evaluatedEvent('report-small', 4);
		const test = await oneMarkTest(world.coordinator, world.programmeId, 4);
		await recordMarks(world, await planPhase(world, 'pre', test), world.confirmed, [1, 2, 3, 1]);
		await recordMarks(world, await planPhase(world, 'post', test), world.confirmed, [3, 4, 4, 2]);
		const { text } = await report(world, 'en');
		expect(text).toContain('Fewer than 5 people: figures not shown.');
		expect(text).toContain('—: not shown, about too few people');
		// Pre-test row: mean, SD and median all "—"; the mean pre (7/4) is nowhere.
		expect(text).toMatch(/Pre-test — — —/);
		expect(text).not.toContain(figureFormat('en').number.format(7 / 4));
	});
});
