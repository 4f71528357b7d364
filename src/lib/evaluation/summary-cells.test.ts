import { describe, expect, it } from 'vitest';
import { followUp } from '../statistics/follow-up.js';
import { prePost } from '../statistics/pre-post.js';
import { addSlices, learningFigures, shownCount, sliceFigures, type SliceSums } from './dashboard-figures.js';
import { summaryCells, sumsOfScoredPairs, type SummaryPerson, type SummaryTest } from './summary-cells.js';

const person = (id: string, countryCode = 'GR', confirmed = true): SummaryPerson => ({
	id,
	countryCode,
	profession: 'nurse',
	confirmed,
	certified: false
});
const test = (
	registrationId: string,
	phase: SummaryTest['phase'],
	score: number,
	attempt = 1
): SummaryTest => ({
	registrationId,
	phase,
	offsetDays: phase === 'follow_up' ? 90 : 0,
	attempt,
	score,
	maxScore: 10,
	passed: phase === 'post' ? score >= 7 : null
});

const sliceOf = (cells: ReturnType<typeof summaryCells>): SliceSums =>
	addSlices(
		cells
			.filter((cell) => cell.kind === 'pre_post')
			.map((cell) => ({
				counts: cell.counts,
				prePost: cell.sums,
				followUps: cells
					.filter((c) => c.kind === 'follow_up' && c.countryCode === cell.countryCode)
					.map((c) => ({ offsetDays: c.offsetDays, sums: c.sums, sumBaseline: c.sumBaseline }))
			}))
	);

describe('summary cells', () => {
	const scores = [
		[3, 7, 6],
		[5, 9, 8],
		[4, 4, 5],
		[6, 10, 7],
		[2, 8, 3],
		[7, 9, 9],
		[5, 6, null],
		[3, 9, null],
		[8, 10, 10],
		[4, 7, null],
		[1, 5, 4]
	] as const;
	const ids = scores.map((_, index) => `p${index}`);
	const people = [
		...ids.map((id, index) => person(id, index % 2 ? 'IT' : 'GR')),
		person('late', 'GR'),
		person('dropped', 'GR', false)
	];
	const tests = [
		...scores.flatMap(([pre, post, later], index) => [
			test(ids[index], 'pre', pre),
			// A failed first attempt, then a retake: the first attempt counts.
			test(ids[index], 'post', post),
			...(index === 0 ? [test(ids[index], 'post', 10, 2)] : []),
			...(later === null ? [] : [test(ids[index], 'follow_up', later)])
		]),
		test('late', 'post', 9),
		test('dropped', 'pre', 2)
	];
	const cells = summaryCells(people, tests, [
		{ countryCode: 'GR', profession: 'nurse', responses: 3, ratings: 6, sumRatingPercent: 450 }
	]);

	it('keeps a cell per country and profession, with follow-up cells where people took all three', () => {
		expect(cells.map((cell) => [cell.countryCode, cell.kind, cell.offsetDays])).toEqual([
			['GR', 'pre_post', 0],
			['GR', 'follow_up', 90],
			['IT', 'pre_post', 0],
			['IT', 'follow_up', 90]
		]);
		const greece = cells[0].counts;
		// p0 p2 p4 p6 p8 p10 + late (confirmed); dropped is not confirmed but has a pre-test only.
		expect(greece).toMatchObject({ participants: 7, preOnly: 1, postOnly: 1, postTakers: 7 });
		expect(greece).toMatchObject({ satisfactionResponses: 3, ratings: 6, sumRatingPercent: 450 });
	});

	it('adds up to the figures prePost and followUp give on the raw first attempts', () => {
		const slice = sliceOf(cells);
		const pre = new Map(scores.map(([score], index) => [ids[index], score]));
		const post = new Map(scores.map(([, score], index) => [ids[index], score]));
		const later = new Map(
			scores.flatMap(([, , score], index) => (score === null ? [] : [[ids[index], score] as const]))
		);
		const expected = prePost(pre, post, 10);
		const figures = learningFigures(slice.prePost);
		expect(figures.disclosure).toBe('full');
		expect(figures.meanPre).toBeCloseTo(10 * expected.pre.mean!, 9);
		expect(figures.gain).toBeCloseTo(10 * expected.pairedT.meanDifference!, 9);
		expect(figures.ci95![0]).toBeCloseTo(10 * expected.pairedT.ci95![0], 9);
		expect(figures.cohenDz).toBeCloseTo(expected.pairedT.cohenDz!, 9);
		const retention = followUp(pre, post, later, 10);
		const shown = sliceFigures(slice).followUps[0];
		expect(shown.n).toBe(retention.n);
		expect(shown.retention).toBeCloseTo(retention.retentionShare!, 9);
	});

	it('sums pairs of tests with different maxima on percent scores', () => {
		const sums = sumsOfScoredPairs([
			[
				{ score: 5, maxScore: 10 },
				{ score: 15, maxScore: 20 }
			],
			[
				{ score: 2, maxScore: 10 },
				{ score: 4, maxScore: 10 }
			]
		]);
		expect(sums.n).toBe(2);
		expect(sums.sumPre).toBeCloseTo(70, 9);
		expect(sums.sumPost).toBeCloseTo(115, 9);
		expect(sums.differences).toEqual({ '25': 1, '20': 1 });
	});
});

describe('small cells on the dashboard', () => {
	it('hides counts from 1 to 4, and gives no test, CI or effect size below 10 pairs', () => {
		expect([0, 1, 4, 5, 12].map(shownCount)).toEqual([0, null, null, 5, 12]);
		const pairs = (n: number) =>
			sumsOfScoredPairs(
				Array.from({ length: n }, (_, index) => [
					{ score: index % 5, maxScore: 10 },
					{ score: 3 + (index % 7), maxScore: 10 }
				])
			);
		expect(learningFigures(pairs(4))).toMatchObject({ disclosure: 'hidden', n: null, meanPost: null });
		expect(learningFigures(pairs(7))).toMatchObject({
			disclosure: 'descriptive',
			n: 7,
			ci95: null,
			cohenDz: null,
			p: null
		});
		expect(learningFigures(pairs(7)).meanPost).not.toBeNull();
		expect(learningFigures(pairs(10)).ci95).not.toBeNull();
	});
});
