// A Delphi study with closed rounds and a meeting vote, written straight into its tables, for the
// frameworks' database tests: statements accepted in a round, accepted at the meeting, voted out,
// and left undecided. For tests only.
import type { Summary } from '../../delphi/consensus.js';
import type { Localized } from '../../i18n/localized.js';
import { db } from '../db/client.js';
import {
	delphiDomain,
	delphiMeetingVote,
	delphiResult,
	delphiRound,
	delphiStatement,
	delphiStudy
} from '../db/schema/delphi.js';

/** A round's summary of `nRated` ratings with this median, IQR and share rated 7–9 (per-point counts left at 0: no trace reads them). */
export function testSummary(nRated: number, median: number, iqr: number, high: number): Summary {
	const highCount = Math.round(high * nRated);
	return {
		nResponses: nRated,
		nRated,
		nUnable: 0,
		counts: [0, 0, 0, 0, 0, 0, 0, 0, 0],
		bandCounts: { low: 0, mid: nRated - highCount, high: highCount },
		shares: { low: 0, mid: (nRated - highCount) / nRated, high },
		median,
		q1: median - iqr / 2,
		q3: median + iqr / 2,
		iqr
	};
}

type Outcome = 'in' | 'out' | 'none';

export type TestStatement = {
	text: Localized;
	/** Each closed round's outcome and summary, from round 1. */
	rounds: Array<{ outcome: Outcome; summary: Summary }>;
	meeting?: { heldOn: string; votesFor: number; votesAgainst: number; abstentions: number; outcome: Outcome };
};

/** A study of `programmeId` with one domain holding `statements` in order; returns the ids. */
export async function testStudy(
	programmeId: string,
	title: Localized,
	statements: TestStatement[]
): Promise<{ studyId: string; statementIds: string[] }> {
	const [study] = await db()
		.insert(delphiStudy)
		.values({
			programmeId,
			title,
			rule: { kind: 'bands', inMinHigh: 70, inMaxLow: 15, outMinLow: 70, outMaxHigh: 15, minRated: 1 }
		})
		.returning({ id: delphiStudy.id });
	const [domain] = await db()
		.insert(delphiDomain)
		.values({ studyId: study.id, position: 1, title: { en: 'Delivery', fr: 'Mise en œuvre' } })
		.returning({ id: delphiDomain.id });
	const roundCount = Math.max(0, ...statements.map((statement) => statement.rounds.length));
	const rounds = [];
	for (let number = 1; number <= roundCount; number++) {
		const [round] = await db()
			.insert(delphiRound)
			.values({
				studyId: study.id,
				number,
				opensAt: new Date(Date.UTC(2017, 9, number * 14)),
				closesAt: new Date(Date.UTC(2017, 9, number * 14 + 10)),
				closedAt: new Date(Date.UTC(2017, 9, number * 14 + 10))
			})
			.returning({ id: delphiRound.id });
		rounds.push(round.id);
	}
	const statementIds: string[] = [];
	for (const [index, statement] of statements.entries()) {
		const [row] = await db()
			.insert(delphiStatement)
			.values({ studyId: study.id, domainId: domain.id, position: index + 1, text: statement.text })
			.returning({ id: delphiStatement.id });
		statementIds.push(row.id);
		for (const [roundIndex, result] of statement.rounds.entries())
			await db()
				.insert(delphiResult)
				.values({
					roundId: rounds[roundIndex],
					statementId: row.id,
					outcome: result.outcome,
					summary: { overall: result.summary, byGroup: {} }
				});
		if (statement.meeting)
			await db()
				.insert(delphiMeetingVote)
				.values({ statementId: row.id, ...statement.meeting });
	}
	return { studyId: study.id, statementIds };
}

/** Four statements: in at round 1, in at the meeting, out at round 1, never decided. */
export const fourStatements: TestStatement[] = [
	{
		text: { en: 'Trainers have worked with migrants', fr: 'Les formateurs ont travaillé avec des migrants' },
		rounds: [{ outcome: 'in', summary: testSummary(12, 8, 1, 10 / 12) }]
	},
	{
		text: { en: 'Sessions are held in the trainees’ language' },
		rounds: [
			{ outcome: 'none', summary: testSummary(12, 6, 3, 0.5) },
			{ outcome: 'none', summary: testSummary(11, 7, 2, 0.6) }
		],
		meeting: { heldOn: '2018-01-31', votesFor: 14, votesAgainst: 2, abstentions: 1, outcome: 'in' }
	},
	{
		text: { en: 'Training lasts one hour' },
		rounds: [{ outcome: 'out', summary: testSummary(12, 2, 1, 0) }]
	},
	{
		text: { en: 'Certificates are printed on paper' },
		rounds: [{ outcome: 'none', summary: testSummary(12, 5, 4, 0.25) }]
	}
];
