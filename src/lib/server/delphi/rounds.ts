// Rounds: opened one after another by the coordinator (round 1 fixes the rule), closed with their
// results frozen; which statements each round asks.
import { and, desc, eq, isNotNull, lt, sql, type Placeholder, type SQLWrapper } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { outcome, summarise, type Rating } from '../../delphi/consensus.js';
import type { StatementRoundResult } from '../../delphi/round-result.js';
import { RoundSchema } from '../../delphi/schemas.js';
import type { Actor } from '../auth/actor.js';
import { db, type DbOrTx } from '../db/client.js';
import {
	delphiPanellist,
	delphiParticipation,
	delphiRating,
	delphiResult,
	delphiRound,
	delphiStatement,
	delphiStudy
} from '../db/schema/delphi.js';
import { DomainError } from '../errors.js';
import { assertRecordId, parseInput, type FieldsOf } from '../validate.js';
import { authorize } from '../auth/authorize.js';

export type RoundRow = typeof delphiRound.$inferSelect;

/** Earlier rounds, named apart from a round the query may already be reading. */
const earlierRoundName = 'earlier_round';
const earlierRound = alias(delphiRound, earlierRoundName);

/**
 * Whether round `number` of study `studyId` asks a statement: asked from that round or earlier, and
 * no earlier round settled it (consensus in or out is not asked again). Values or columns of an
 * outer query.
 */
export function isAskedIn(
	studyId: string | Placeholder | SQLWrapper,
	number: number | Placeholder | SQLWrapper
) {
	return and(
		eq(delphiStatement.studyId, studyId),
		sql`${delphiStatement.firstRound} <= ${number}`,
		sql`not exists (select 1 from ${delphiResult} join ${delphiRound} as ${sql.identifier(earlierRoundName)} on ${earlierRound.id} = ${delphiResult.roundId}
			where ${delphiResult.statementId} = ${delphiStatement.id} and ${delphiResult.outcome} <> 'none' and ${earlierRound.number} < ${number})`
	);
}

/** The statements round `number` asks (see `isAskedIn`). */
export function statementsAsked(executor: DbOrTx, studyId: string, number: number) {
	return executor.select({ id: delphiStatement.id }).from(delphiStatement).where(isAskedIn(studyId, number));
}

const startOfDay = (day: string) => new Date(`${day}T00:00:00Z`);
const endOfDay = (day: string) => new Date(startOfDay(day).getTime() + 24 * 60 * 60 * 1000);

/**
 * Opens the next round, from the start of its first day to the end of its last (UTC). The previous
 * round must be closed; round 1 needs statements and a panel, and fixes the rule for good.
 */
export async function openRound(
	actor: Actor,
	studyId: string,
	input: FieldsOf<typeof RoundSchema>
): Promise<{ id: string; number: number }> {
	const values = parseInput(RoundSchema, input);
	return db().transaction(async (tx) => {
		const [study] = await tx.select().from(delphiStudy).where(eq(delphiStudy.id, studyId)).for('update');
		if (!study) throw new DomainError('not_found', 'no such Delphi study');
		authorize(actor, 'run', { kind: 'study', programmeId: study.programmeId });
		const [last] = await tx
			.select()
			.from(delphiRound)
			.where(eq(delphiRound.studyId, studyId))
			.orderBy(desc(delphiRound.number))
			.limit(1);
		if (last && !last.closedAt)
			throw new DomainError('conflict', 'the last round is still open', {
				fields: { _: ['round_still_open'] }
			});
		const number = (last?.number ?? 0) + 1;
		if (number > study.roundsPlanned)
			throw new DomainError('conflict', 'every planned round was held', { fields: { _: ['no_round_left'] } });
		const asked = await statementsAsked(tx, studyId, number);
		if (asked.length === 0)
			throw new DomainError('conflict', 'no statement left to ask', { fields: { _: ['nothing_to_ask'] } });
		const [{ panel }] = await tx
			.select({ panel: sql<number>`count(*)::int` })
			.from(delphiPanellist)
			.where(eq(delphiPanellist.studyId, studyId));
		if (panel === 0)
			throw new DomainError('conflict', 'the panel is empty', { fields: { _: ['panel_empty'] } });
		if (number === 1)
			await tx.update(delphiStudy).set({ ruleFixedAt: new Date() }).where(eq(delphiStudy.id, studyId));
		const [round] = await tx
			.insert(delphiRound)
			.values({ studyId, number, opensAt: startOfDay(values.opensOn), closesAt: endOfDay(values.closesOn) })
			.returning({ id: delphiRound.id, number: delphiRound.number });
		return round;
	});
}

export async function getRound(actor: Actor, roundId: string): Promise<RoundRow & { studyId: string }> {
	assertRecordId(roundId, 'round');
	const [row] = await db()
		.select({ round: delphiRound, programmeId: delphiStudy.programmeId })
		.from(delphiRound)
		.innerJoin(delphiStudy, eq(delphiStudy.id, delphiRound.studyId))
		.where(eq(delphiRound.id, roundId));
	if (!row) throw new DomainError('not_found', 'no such round');
	authorize(actor, 'run', { kind: 'study', programmeId: row.programmeId });
	return row.round;
}

/**
 * Closes a round and freezes its result for every statement it asked, overall and per stakeholder
 * group, with the outcome under the study's rule. Only submitted rounds count: progress a panellist
 * saved without submitting is not their answer.
 */
export async function closeRound(actor: Actor, roundId: string): Promise<void> {
	const round = await getRound(actor, roundId);
	await db().transaction(async (tx) => {
		const [locked] = await tx.select().from(delphiRound).where(eq(delphiRound.id, roundId)).for('update');
		if (locked.closedAt)
			throw new DomainError('conflict', 'the round is closed', { fields: { _: ['round_closed'] } });
		const [study] = await tx.select().from(delphiStudy).where(eq(delphiStudy.id, round.studyId));
		const results = await roundResults(tx, study, round);
		if (results.length > 0) await tx.insert(delphiResult).values(results);
		await tx.update(delphiRound).set({ closedAt: new Date() }).where(eq(delphiRound.id, roundId));
	});
}

/**
 * A round's result for every statement it asks, overall and per stakeholder group, with the outcome
 * under the study's rule: what closing the round freezes.
 */
export async function roundResults(
	executor: DbOrTx,
	study: { scale: 'nine' | 'five'; rule: typeof delphiStudy.$inferSelect.rule },
	round: { id: string; studyId: string; number: number }
): Promise<Array<typeof delphiResult.$inferInsert>> {
	const asked = (await statementsAsked(executor, round.studyId, round.number)).map((row) => row.id);
	const ratings = asked.length === 0 ? new Map() : await submittedRatings(executor, round.id);
	return asked.map((statementId) => {
		const byGroup = ratings.get(statementId) ?? new Map<string, Rating[]>();
		const summary: StatementRoundResult = {
			overall: summarise([...byGroup.values()].flat(), study.scale),
			byGroup: Object.fromEntries(
				[...byGroup.keys()].sort().map((group) => [group, summarise(byGroup.get(group)!, study.scale)])
			)
		};
		return { roundId: round.id, statementId, summary, outcome: outcome(summary.overall, study.rule) };
	});
}

/**
 * The answers of panellists who submitted the round, per statement and stakeholder group: a rating,
 * or null for "unable to rate". Counted in SQL per statement, group and rating (at most points ×
 * groups rows per statement, however large the panel), then spread back into one value per answer
 * for the statistics.
 */
async function submittedRatings(
	executor: DbOrTx,
	roundId: string
): Promise<Map<string, Map<string, Rating[]>>> {
	const counts = await executor
		.select({
			statementId: delphiRating.statementId,
			group: delphiPanellist.stakeholderGroup,
			rating: sql<
				number | null
			>`case when ${delphiRating.isUnableToRate} then null else ${delphiRating.rating} end`,
			answers: sql<number>`count(*)::int`
		})
		.from(delphiRating)
		.innerJoin(delphiPanellist, eq(delphiPanellist.id, delphiRating.panellistId))
		.innerJoin(
			delphiParticipation,
			and(
				eq(delphiParticipation.roundId, delphiRating.roundId),
				eq(delphiParticipation.panellistId, delphiRating.panellistId),
				isNotNull(delphiParticipation.submittedAt)
			)
		)
		.where(
			and(
				// A round's ratings are all of statements it asks (saving refuses others).
				eq(delphiRating.roundId, roundId),
				sql`(${delphiRating.rating} is not null or ${delphiRating.isUnableToRate})`
			)
		)
		.groupBy(sql`1, 2, 3`);
	const byStatement = new Map<string, Map<string, Rating[]>>();
	for (const { statementId, group, rating, answers } of counts) {
		const groups = byStatement.get(statementId) ?? byStatement.set(statementId, new Map()).get(statementId)!;
		const values = groups.get(group) ?? groups.set(group, []).get(group)!;
		for (let answer = 0; answer < answers; answer++) values.push(rating);
	}
	return byStatement;
}

/** The latest round of a study that closed before round `number` (its results are the feedback). */
export function previousRound(executor: DbOrTx, studyId: string, number: number) {
	return executor
		.select()
		.from(delphiRound)
		.where(
			and(eq(delphiRound.studyId, studyId), lt(delphiRound.number, number), isNotNull(delphiRound.closedAt))
		)
		.orderBy(desc(delphiRound.number))
		.limit(1);
}
