// Kendall's W per round of a two-round study, against PostgreSQL: four statements that round 1
// leaves open, five panellists, one of them unable to rate a statement in each round.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { useTestDatabase } from '../testing/database.js';
import {
	newPeople,
	nineScaleStudyInput,
	programmeWithCoordinator,
	roundOfAWeek
} from '../testing/fixtures.js';
import { addPanellists, listPanel } from './panel.js';
import { savePanelRound } from './panel-round.js';
import { exportStudyResults, studyResults } from './results.js';
import { closeRound, openRound } from './rounds.js';
import { addDomain, addStatement, createStudy } from './studies.js';

useTestDatabase();

type Answer = number | 'unable';

/**
 * Ratings of statements s1–s4 by panellists P1–P5 (9-point scale; in: ≥ 70 % rate 7–9 and ≤ 15 %
 * rate 1–3). Round 1 settles none of them (shares too split), so round 2 asks all four again.
 */
const round1: Answer[][] = [
	[2, 5, 8, 6],
	[4, 4, 9, 7],
	[8, 2, 5, 3],
	[3, 7, 6, 9],
	['unable', 5, 5, 5]
];
const round2: Answer[][] = [
	[2, 4, 8, 7],
	[3, 4, 9, 7],
	[4, 3, 7, 6],
	[3, 5, 6, 9],
	[2, 4, 'unable', 8]
];

describe("Kendall's W per round", () => {
	let coordinator: Actor;
	let studyId: string;

	beforeAll(async () => {
		const ours = await programmeWithCoordinator('coordinator-w', { name: 'Concordance programme' });
		coordinator = ours.coordinator;
		({ id: studyId } = await createStudy(coordinator, nineScaleStudyInput(ours.programmeId, 'Agreement')));
		const { id: domainId } = await addDomain(coordinator, studyId, { title: { en: 'Delivery' } });
		const statements: string[] = [];
		for (const text of ['s1', 's2', 's3', 's4'])
			statements.push((await addStatement(coordinator, studyId, { domainId, text: { en: text } })).id);
		const experts = await newPeople(5);
		await addPanellists(coordinator, studyId, { personIds: experts, stakeholderGroup: 'Academia' });
		// The panel lists in the order added: P1–P5.
		const tokens = (await listPanel(coordinator, studyId)).map((row) => row.token);
		for (const ratings of [round1, round2]) {
			const round = await openRound(coordinator, studyId, roundOfAWeek());
			for (const [index, row] of ratings.entries())
				await savePanelRound(tokens[index], {
					answers: row.map((rating, column) => ({ statementId: statements[column], rating })),
					submit: true
				});
			await closeRound(coordinator, round.id);
		}
	});

	it('rises from weak to strong as the panel converges (worked by hand)', async () => {
		const { concordance, statements } = await studyResults(coordinator, studyId);
		expect(statements.every((statement) => statement.rounds.length === 2)).toBe(true);
		const [first, second] = concordance;

		// Round 1, P5 left out (unable to rate s1). Ranks per panellist (s1 s2 s3 s4):
		// P1 1 2 4 3; P2 1.5 1.5 4 3 (4 and 4 tie); P3 4 1 3 2; P4 1 3 2 4.
		// Rank sums 7.5 7.5 13 12 around m(n+1)/2 = 10: S = 6.25 + 6.25 + 9 + 4 = 25.5.
		// One tie of two: Σ(t³ − t) = 6. W = 12 · 25.5 / (4² · 60 − 4 · 6) = 306 / 936 = 17/52.
		// χ² = m(n − 1)W = 12 · 17/52 = 51/13, df 3: p = erfc(√(χ²/2)) + √(2χ²/π) e^(−χ²/2) = 0.26989.
		expect(first).toMatchObject({ round: 1, m: 4, n: 4, leftOut: 1, df: 3, strength: 'weak' });
		expect(first.w).toBeCloseTo(17 / 52, 12);
		expect(first.chiSquare).toBeCloseTo(51 / 13, 12);
		expect(first.p).toBeCloseTo(0.26989, 5);

		// Round 2, P5 left out (unable to rate s3). Ranks: P1 1 2 4 3; P2 1 2 4 3; P3 2 1 4 3; P4 1 2 3 4.
		// Rank sums 5 7 15 13 around 10: S = 25 + 9 + 25 + 9 = 68, no ties.
		// W = 12 · 68 / (16 · 60) = 0.85; χ² = 12 · 0.85 = 10.2, df 3: p = 0.01694.
		expect(second).toMatchObject({ round: 2, m: 4, n: 4, leftOut: 1, df: 3, strength: 'strong' });
		expect(second.w).toBeCloseTo(0.85, 12);
		expect(second.chiSquare).toBeCloseTo(10.2, 12);
		expect(second.p).toBeCloseTo(0.01694, 5);
	});

	it('puts each round’s W beside its rows in the export', async () => {
		const file = await exportStudyResults(coordinator, studyId, 'csv', 'en');
		const [header, ...rows] = file.content
			.toString('utf8')
			.replace(/^\uFEFF/, '')
			.trim()
			.split(/\r?\n/)
			.map((line) => line.split(','));
		const column = (name: string) => header.indexOf(name);
		expect(rows).toHaveLength(8);
		const byRound = (round: string) => rows.filter((row) => row[column('round')] === round);
		for (const row of byRound('2')) {
			expect(Number(row[column('round_kendall_w')])).toBeCloseTo(0.85, 12);
			expect(row[column('round_kendall_agreement')]).toBe('strong');
			expect(row[column('round_kendall_panellists')]).toBe('4');
			expect(row[column('round_kendall_left_out')]).toBe('1');
			expect(row[column('round_kendall_statements')]).toBe('4');
		}
		expect(byRound('1').map((row) => Number(row[column('round_kendall_w')]))).toEqual(
			new Array(4).fill(17 / 52)
		);
	});
});
