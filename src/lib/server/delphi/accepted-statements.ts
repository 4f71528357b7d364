// The statements a study accepted, each with its trace: ratings per closed round and the expert
// meeting's vote. A statement is accepted when a round's rule said IN, or, failing consensus in the
// rounds, the meeting voted it in. Frameworks are built from these.
import { asc, eq, inArray } from 'drizzle-orm';
import type { StatementTrace } from '../../frameworks/content.js';
import { allOn, db, type DbOrTx } from '../db/client.js';
import {
	delphiDomain,
	delphiMeetingVote,
	delphiResult,
	delphiRound,
	delphiStatement
} from '../db/schema/delphi.js';

/** Every statement of a study with its trace, in domain and statement order. */
export async function traceStatements(studyId: string, executor: DbOrTx = db()): Promise<StatementTrace[]> {
	const statements = await executor
		.select({
			id: delphiStatement.id,
			text: delphiStatement.text,
			domain: delphiDomain.title
		})
		.from(delphiStatement)
		.innerJoin(delphiDomain, eq(delphiDomain.id, delphiStatement.domainId))
		.where(eq(delphiStatement.studyId, studyId))
		.orderBy(asc(delphiDomain.position), asc(delphiStatement.position));
	if (statements.length === 0) return [];
	const ids = statements.map((statement) => statement.id);
	const [results, votes] = await allOn(executor, [
		executor
			.select({
				statementId: delphiResult.statementId,
				number: delphiRound.number,
				summary: delphiResult.summary,
				outcome: delphiResult.outcome
			})
			.from(delphiResult)
			.innerJoin(delphiRound, eq(delphiRound.id, delphiResult.roundId))
			.where(inArray(delphiResult.statementId, ids))
			.orderBy(asc(delphiRound.number)),
		executor.select().from(delphiMeetingVote).where(inArray(delphiMeetingVote.statementId, ids))
	]);
	return statements.map((statement) => {
		const vote = votes.find((row) => row.statementId === statement.id);
		return {
			statementId: statement.id,
			text: statement.text,
			domain: statement.domain,
			rounds: results
				.filter((row) => row.statementId === statement.id)
				.map((row) => ({
					number: row.number,
					nRated: row.summary.overall.nRated,
					median: row.summary.overall.median,
					iqr: row.summary.overall.iqr,
					percentHigh: Math.round(row.summary.overall.shares.high * 1000) / 10,
					outcome: row.outcome
				})),
			meeting: vote
				? {
						heldOn: vote.heldOn,
						votesFor: vote.votesFor,
						votesAgainst: vote.votesAgainst,
						abstentions: vote.abstentions,
						outcome: vote.outcome
					}
				: null
		};
	});
}

/** Where a statement ended: the last round's outcome, unless the meeting decided it. */
export function finalOutcome(trace: StatementTrace): 'in' | 'out' | 'none' {
	const decided = trace.rounds.find((round) => round.outcome !== 'none');
	if (decided) return decided.outcome;
	return trace.meeting?.outcome ?? 'none';
}

/** The statements a study accepted (in a round, or at the meeting), with their traces. */
export async function listAcceptedStatements(
	studyId: string,
	executor: DbOrTx = db()
): Promise<StatementTrace[]> {
	return (await traceStatements(studyId, executor)).filter((trace) => finalOutcome(trace) === 'in');
}
