// Kendall's W per closed round of a study: how far the panel agrees on the order of the statements
// the round asked. Closing a round freezes the statement summaries, not this, so W is computed from
// the ratings, which stay in delphi_rating.
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import { roundConcordance, type Concordance } from '../../delphi/concordance.js';
import type { Rating } from '../../delphi/consensus.js';
import { db, type DbOrTx } from '../db/client.js';
import { delphiParticipation, delphiRating, delphiResult, delphiRound } from '../db/schema/delphi.js';

export type RoundConcordance = Concordance & { round: number };

/**
 * One row per closed round, in order. The callers check the actor first (see `studyResults`).
 *
 * One query: the statements a round asked are its frozen `delphi_result` rows; crossed with the
 * panellists who submitted it, each cell left-joined to their rating, so a statement a panellist
 * did not rate comes back as null like unable-to-rate and leaves them out of W.
 */
export async function studyConcordance(
	studyId: string,
	executor: DbOrTx = db()
): Promise<RoundConcordance[]> {
	const cells = await executor
		.select({
			round: delphiRound.number,
			panellistId: delphiParticipation.panellistId,
			statementId: delphiResult.statementId,
			rating: sql<
				number | null
			>`case when ${delphiRating.isUnableToRate} then null else ${delphiRating.rating} end`
		})
		.from(delphiResult)
		.innerJoin(
			delphiRound,
			and(
				eq(delphiRound.id, delphiResult.roundId),
				eq(delphiRound.studyId, studyId),
				isNotNull(delphiRound.closedAt)
			)
		)
		.innerJoin(
			delphiParticipation,
			and(eq(delphiParticipation.roundId, delphiResult.roundId), isNotNull(delphiParticipation.submittedAt))
		)
		.leftJoin(
			delphiRating,
			and(
				eq(delphiRating.roundId, delphiResult.roundId),
				eq(delphiRating.statementId, delphiResult.statementId),
				eq(delphiRating.panellistId, delphiParticipation.panellistId)
			)
		)
		.orderBy(asc(delphiRound.number), asc(delphiParticipation.panellistId), asc(delphiResult.statementId));
	return [...Map.groupBy(cells, (cell) => cell.round)].map(([round, roundCells]) => {
		// Ordered by statement within each panellist, so every row lists the statements alike.
		const rows = [...Map.groupBy(roundCells, (cell) => cell.panellistId).values()].map((row) =>
			row.map((cell): Rating => cell.rating)
		);
		return { round, ...roundConcordance(rows) };
	});
}
