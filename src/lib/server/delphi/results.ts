// A study's results: per statement and closed round the frozen summary and outcome, the stability
// of ratings between consecutive rounds (share who changed, Wilcoxon signed-rank), the expert
// meeting's vote and where each statement ended, and per round the panel's agreement on the order of
// the statements (Kendall's W); as a table for the page, the exports and the report.
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { roundConcordance } from '../../delphi/concordance.js';
import { stability, type Rating, type Stability } from '../../delphi/consensus.js';
import { shownGroups, type ShownRoundResult } from '../../delphi/group-feedback.js';
import { scales } from '../../delphi/rule.js';
import { localizedText, type ContentLocale, type Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import {
	delphiMeetingVote,
	delphiParticipation,
	delphiRating,
	delphiResult,
	delphiRound,
	delphiStatement
} from '../db/schema/delphi.js';
import {
	downloadName,
	tableMediaTypes,
	csvText,
	tableXlsx,
	isTableFormat,
	type TableCell
} from '../files/table-file.js';
import { DomainError } from '../errors.js';
import { studyConcordance, type RoundConcordance } from './concordance.js';
import { domainsOf, getStudy, type StudyRow } from './studies.js';

type Outcome = 'in' | 'out' | 'none';

export type StatementResults = {
	id: string;
	text: Localized;
	domain: Localized;
	firstRound: number;
	rounds: Array<{
		number: number;
		/** Only the stakeholder groups with enough ratings to show (see lib/delphi/group-feedback.ts). */
		result: ShownRoundResult;
		outcome: Outcome;
		stability: Stability | null;
	}>;
	meeting: typeof delphiMeetingVote.$inferSelect | null;
	/** The outcome of the round that settled it, else the meeting's, else none. */
	final: Outcome;
	settledBy: 'round' | 'meeting' | null;
};

export type StudyResults = {
	study: StudyRow;
	rounds: number[];
	statements: StatementResults[];
	/** Kendall's W of each closed round, in the order of `rounds`. */
	concordance: RoundConcordance[];
};

export async function studyResults(actor: Actor, studyId: string): Promise<StudyResults> {
	const study = await getStudy(actor, studyId);
	const earlier = alias(delphiRating, 'earlier');
	const earlierRound = alias(delphiRound, 'earlier_round');
	const [domains, results, votes, pairs, concordance] = await Promise.all([
		domainsOf(studyId),
		db()
			.select({
				statementId: delphiResult.statementId,
				number: delphiRound.number,
				summary: delphiResult.summary,
				outcome: delphiResult.outcome
			})
			.from(delphiResult)
			.innerJoin(delphiRound, eq(delphiRound.id, delphiResult.roundId))
			.where(eq(delphiRound.studyId, studyId))
			.orderBy(asc(delphiRound.number)),
		db()
			.select({ vote: delphiMeetingVote })
			.from(delphiMeetingVote)
			.innerJoin(delphiStatement, eq(delphiStatement.id, delphiMeetingVote.statementId))
			.where(eq(delphiStatement.studyId, studyId)),
		// Paired answers of panellists who submitted two consecutive closed rounds, per statement.
		db()
			.select({
				statementId: delphiRating.statementId,
				number: delphiRound.number,
				before: earlier.rating,
				beforeUnable: earlier.isUnableToRate,
				after: delphiRating.rating,
				afterUnable: delphiRating.isUnableToRate
			})
			.from(delphiRating)
			.innerJoin(delphiRound, and(eq(delphiRound.id, delphiRating.roundId), isNotNull(delphiRound.closedAt)))
			.innerJoin(
				delphiParticipation,
				and(
					eq(delphiParticipation.roundId, delphiRating.roundId),
					eq(delphiParticipation.panellistId, delphiRating.panellistId),
					isNotNull(delphiParticipation.submittedAt)
				)
			)
			.innerJoin(
				earlierRound,
				and(eq(earlierRound.studyId, studyId), eq(earlierRound.number, sql`${delphiRound.number} - 1`))
			)
			.innerJoin(
				earlier,
				and(
					eq(earlier.roundId, earlierRound.id),
					eq(earlier.statementId, delphiRating.statementId),
					eq(earlier.panellistId, delphiRating.panellistId)
				)
			)
			.where(eq(delphiRound.studyId, studyId)),
		studyConcordance(studyId)
	]);
	const rounds = [...new Set(results.map((row) => row.number))].sort((a, b) => a - b);
	const statements = domains.flatMap((domain) =>
		domain.statements.map((statement): StatementResults => {
			const meeting = votes.find((row) => row.vote.statementId === statement.id)?.vote ?? null;
			const mine = results
				.filter((row) => row.statementId === statement.id)
				.map((row) => {
					const paired = pairs
						.filter((pair) => pair.statementId === statement.id && pair.number === row.number)
						.map((pair): [Rating, Rating] => [
							pair.beforeUnable ? null : pair.before,
							pair.afterUnable ? null : pair.after
						]);
					return {
						number: row.number,
						result: shownGroups(row.summary, study.minGroupSize, study.scale),
						outcome: row.outcome,
						stability: row.number > 1 && paired.length > 0 ? stability(paired) : null
					};
				});
			const settled = mine.find((round) => round.outcome !== 'none');
			const final = settled?.outcome ?? meeting?.outcome ?? 'none';
			return {
				id: statement.id,
				text: statement.text,
				domain: domain.title,
				firstRound: statement.firstRound,
				rounds: mine,
				meeting,
				final,
				settledBy: settled ? 'round' : meeting ? 'meeting' : null
			};
		})
	);
	return {
		study,
		rounds,
		statements,
		// A closed round nobody submitted has no cells: it shows with no panellist and no W.
		concordance: rounds.map((number) => {
			const n = results.filter((row) => row.number === number).length;
			return (
				concordance.find((row) => row.round === number) ?? {
					...roundConcordance([]),
					round: number,
					n,
					df: Math.max(0, n - 1)
				}
			);
		})
	};
}

/** The statements the rounds left without consensus, for the expert meeting. */
export const openAfterRounds = (results: StudyResults): StatementResults[] =>
	results.statements.filter((statement) => statement.settledBy !== 'round' && statement.rounds.length > 0);

const percent = (share: number) => Math.round(share * 1000) / 10;

const roundConcordanceCells = (row: RoundConcordance | undefined): TableCell[] => [
	row?.w,
	row?.strength,
	row?.chiSquare,
	row?.df,
	row?.p,
	row?.m,
	row?.leftOut,
	row?.n
];

/** One row per statement and round, the columns every export and report uses. */
export function resultsTable(results: StudyResults, reader: ContentLocale): TableCell[][] {
	const { min, max } = scales[results.study.scale];
	const points = Array.from({ length: max - min + 1 }, (_, index) => min + index);
	const header = [
		'domain',
		'statement_id',
		'statement',
		'round',
		'n_responses',
		'n_rated',
		'n_unable',
		...points.map((point) => `rated_${point}`),
		'median',
		'q1',
		'q3',
		'iqr',
		'percent_low',
		'percent_mid',
		'percent_high',
		'outcome',
		'n_paired',
		'share_changed',
		'wilcoxon_p',
		'meeting_for',
		'meeting_against',
		'meeting_abstentions',
		'meeting_outcome',
		'final_outcome',
		// The round's Kendall's W, the same on every row of the round: one table keeps the file
		// readable by any CSV reader, and filtering one statement keeps W beside its round.
		'round_kendall_w',
		'round_kendall_agreement',
		'round_kendall_chi_square',
		'round_kendall_df',
		'round_kendall_p',
		'round_kendall_panellists',
		'round_kendall_left_out',
		'round_kendall_statements'
	];
	const concordanceOf = new Map(results.concordance.map((row) => [row.round, row]));
	const rows = results.statements.flatMap((statement) =>
		statement.rounds.map(({ number, result, outcome, stability: change }) => {
			const summary = result.overall;
			return [
				localizedText(statement.domain, reader),
				statement.id,
				localizedText(statement.text, reader),
				number,
				summary.nResponses,
				summary.nRated,
				summary.nUnable,
				...summary.counts,
				summary.median,
				summary.q1,
				summary.q3,
				summary.iqr,
				percent(summary.shares.low),
				percent(summary.shares.mid),
				percent(summary.shares.high),
				outcome,
				change?.nPaired,
				change ? percent(change.shareChanged) : null,
				change?.wilcoxon.p,
				statement.meeting?.votesFor,
				statement.meeting?.votesAgainst,
				statement.meeting?.abstentions,
				statement.meeting?.outcome,
				statement.final,
				...roundConcordanceCells(concordanceOf.get(number))
			];
		})
	);
	return [header, ...rows];
}

export async function exportStudyResults(
	actor: Actor,
	studyId: string,
	format: string,
	reader: ContentLocale
) {
	if (!isTableFormat(format)) throw new DomainError('not_found', 'no such export format');
	const results = await studyResults(actor, studyId);
	const table = resultsTable(results, reader);
	const content = format === 'csv' ? Buffer.from(csvText(table), 'utf8') : await tableXlsx(table, 'Results');
	return {
		name: downloadName(localizedText(results.study.title, reader), 'delphi-results', format),
		mediaType: tableMediaTypes[format],
		content
	};
}
