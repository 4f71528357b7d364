// A panellist's side of a study, opened by their personal link: the current round's statements,
// from round 2 the group's anonymised results and their own previous rating, and their answers
// saved as they go and submitted. Panellists see no one's name and no one else's rating.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { StatementRoundResult } from '../../delphi/round-result.js';
import { scales } from '../../delphi/rule.js';
import { PanelRoundSchema, type PanelRoundInput } from '../../delphi/schemas.js';
import type { Localized } from '../../i18n/localized.js';
import { db } from '../db/client.js';
import {
	delphiDomain,
	delphiPanellist,
	delphiParticipation,
	delphiRating,
	delphiResult,
	delphiRound,
	delphiStatement,
	delphiStudy,
	delphiSuggestion
} from '../db/schema/delphi.js';
import { DomainError } from '../errors.js';
import { parseInput } from '../validate.js';
import { previousRound, statementsAsked } from './rounds.js';

export type PanelStatement = {
	id: string;
	text: Localized;
	domainId: string;
	domain: Localized;
	/** This round's answer so far. */
	rating: number | null;
	isUnableToRate: boolean;
	comment: string | null;
	/** From round 2: the previous round's result and what this panellist rated then. */
	feedback: { result: StatementRoundResult; previousRating: number | null; wasUnable: boolean } | null;
};

export type PanelRound =
	| { state: 'waiting'; study: PanelStudy; lastRound: number | null }
	| {
			state: 'not_yet_open' | 'closed';
			study: PanelStudy;
			round: { number: number; opensAt: Date; closesAt: Date };
	  }
	| {
			state: 'open';
			study: PanelStudy;
			round: { id: string; number: number; opensAt: Date; closesAt: Date };
			statements: PanelStatement[];
			submittedAt: Date | null;
			savedAt: Date | null;
			suggestions: string;
	  };

type PanelStudy = {
	title: Localized;
	topic: Localized | null;
	scale: 'nine' | 'five';
	allowsUnableToRate: boolean;
	roundsPlanned: number;
	language: string;
};

/** The panellist a link belongs to, their study and the study's latest round. */
async function panellistByToken(token: string) {
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw new DomainError('not_found', 'no such link');
	const [row] = await db()
		.select({ panellist: delphiPanellist, study: delphiStudy })
		.from(delphiPanellist)
		.innerJoin(delphiStudy, eq(delphiStudy.id, delphiPanellist.studyId))
		.where(and(eq(delphiPanellist.token, token), sql`${delphiStudy.archivedAt} is null`));
	if (!row) throw new DomainError('not_found', 'no such link');
	const [round] = await db()
		.select()
		.from(delphiRound)
		.where(eq(delphiRound.studyId, row.study.id))
		.orderBy(desc(delphiRound.number))
		.limit(1);
	return { ...row, round };
}

const studyView = (study: typeof delphiStudy.$inferSelect, language: string): PanelStudy => ({
	title: study.title,
	topic: study.topic,
	scale: study.scale,
	allowsUnableToRate: study.allowsUnableToRate,
	roundsPlanned: study.roundsPlanned,
	language
});

export async function openPanelRound(token: string, now = new Date()): Promise<PanelRound> {
	const { panellist, study, round } = await panellistByToken(token);
	const view = studyView(study, panellist.language);
	if (!round || round.closedAt) return { state: 'waiting', study: view, lastRound: round?.number ?? null };
	if (now < round.opensAt) return { state: 'not_yet_open', study: view, round };
	if (now >= round.closesAt) return { state: 'closed', study: view, round };
	const asked = statementsAsked(db(), study.id, round.number);
	const [statements, answers, participation, [previous], suggestions] = await Promise.all([
		db()
			.select({
				id: delphiStatement.id,
				text: delphiStatement.text,
				domainId: delphiDomain.id,
				domain: delphiDomain.title
			})
			.from(delphiStatement)
			.innerJoin(delphiDomain, eq(delphiDomain.id, delphiStatement.domainId))
			.where(inArray(delphiStatement.id, asked))
			.orderBy(asc(delphiDomain.position), asc(delphiStatement.position)),
		db()
			.select()
			.from(delphiRating)
			.where(and(eq(delphiRating.panellistId, panellist.id), eq(delphiRating.roundId, round.id))),
		db()
			.select()
			.from(delphiParticipation)
			.where(
				and(eq(delphiParticipation.panellistId, panellist.id), eq(delphiParticipation.roundId, round.id))
			),
		previousRound(db(), study.id, round.number),
		db()
			.select({ text: delphiSuggestion.text })
			.from(delphiSuggestion)
			.where(and(eq(delphiSuggestion.panellistId, panellist.id), eq(delphiSuggestion.roundId, round.id)))
	]);
	const [results, previousAnswers] = previous
		? await Promise.all([
				db().select().from(delphiResult).where(eq(delphiResult.roundId, previous.id)),
				db()
					.select()
					.from(delphiRating)
					.where(and(eq(delphiRating.panellistId, panellist.id), eq(delphiRating.roundId, previous.id)))
			])
		: [[], []];
	return {
		state: 'open',
		study: view,
		round: { id: round.id, number: round.number, opensAt: round.opensAt, closesAt: round.closesAt },
		submittedAt: participation[0]?.submittedAt ?? null,
		savedAt: participation[0]?.savedAt ?? null,
		suggestions: suggestions[0]?.text ?? '',
		statements: statements.map((statement) => {
			const answer = answers.find((row) => row.statementId === statement.id);
			const result = results.find((row) => row.statementId === statement.id);
			const before = previousAnswers.find((row) => row.statementId === statement.id);
			return {
				...statement,
				rating: answer?.rating ?? null,
				isUnableToRate: answer?.isUnableToRate ?? false,
				comment: answer?.comment ?? null,
				feedback: result
					? {
							result: result.summary,
							previousRating: before?.rating ?? null,
							wasUnable: before?.isUnableToRate ?? false
						}
					: null
			};
		})
	};
}

export type SaveOutcome = { ok: true; submitted: boolean } | { ok: false; errors: Record<string, string[]> };

/**
 * Saves a panellist's answers in the open round (progress, or their submission). A submission must
 * answer every statement (a rating, or "unable to rate" where the study allows it); a refused one
 * saves nothing. Answers outside the scale, to statements the round does not ask, or after it
 * closed are refused. At most 9 SQL statements, in one transaction.
 */
export async function savePanelRound(token: string, input: PanelRoundInput): Promise<SaveOutcome> {
	const values = parseInput(PanelRoundSchema, input);
	return db().transaction(async (tx) => {
		const [row] = await tx
			.select({ panellist: delphiPanellist, study: delphiStudy, round: delphiRound })
			.from(delphiPanellist)
			.innerJoin(delphiStudy, eq(delphiStudy.id, delphiPanellist.studyId))
			.innerJoin(delphiRound, eq(delphiRound.studyId, delphiStudy.id))
			.where(
				and(
					eq(delphiPanellist.token, token),
					sql`${delphiRound.closedAt} is null and now() >= ${delphiRound.opensAt} and now() < ${delphiRound.closesAt}`
				)
			);
		if (!row) throw new DomainError('conflict', 'no round is open', { fields: { _: ['round_not_open'] } });
		const { panellist, study, round } = row;
		const asked = new Set(
			(await statementsAsked(tx, study.id, round.number)).map((statement) => statement.id)
		);
		const { min, max } = scales[study.scale];
		const errors: Record<string, string[]> = {};
		const rows = values.answers.flatMap((answer) => {
			if (!asked.has(answer.statementId)) {
				errors[answer.statementId] = ['invalid_choice'];
				return [];
			}
			const unable = answer.rating === 'unable';
			const rating = typeof answer.rating === 'number' ? answer.rating : null;
			if (unable && !study.allowsUnableToRate) errors[answer.statementId] = ['invalid_choice'];
			else if (rating !== null && (rating < min || rating > max))
				errors[answer.statementId] = ['outside_scale'];
			else if (values.submit && !unable && rating === null) errors[answer.statementId] = ['rating_required'];
			return [
				{
					roundId: round.id,
					statementId: answer.statementId,
					panellistId: panellist.id,
					rating,
					isUnableToRate: unable,
					comment: answer.comment ?? null
				}
			];
		});
		if (values.submit)
			for (const id of asked)
				if (!values.answers.some((answer) => answer.statementId === id)) errors[id] = ['rating_required'];
		if (Object.keys(errors).length > 0) return { ok: false, errors };
		if (rows.length > 0)
			await tx
				.insert(delphiRating)
				.values(rows)
				.onConflictDoUpdate({
					target: [delphiRating.roundId, delphiRating.statementId, delphiRating.panellistId],
					set: {
						rating: sql`excluded.rating`,
						isUnableToRate: sql`excluded.is_unable_to_rate`,
						comment: sql`excluded.comment`,
						updatedAt: sql`now()`
					}
				});
		const submittedAt = values.submit ? sql`now()` : sql`${delphiParticipation.submittedAt}`;
		await tx
			.insert(delphiParticipation)
			.values({
				roundId: round.id,
				panellistId: panellist.id,
				submittedAt: values.submit ? new Date() : null
			})
			.onConflictDoUpdate({
				target: [delphiParticipation.roundId, delphiParticipation.panellistId],
				set: { savedAt: sql`now()`, submittedAt }
			});
		if (round.number === 1) {
			// One suggestion text per panellist, replaced with each save (it is shown back to them).
			await tx
				.delete(delphiSuggestion)
				.where(and(eq(delphiSuggestion.roundId, round.id), eq(delphiSuggestion.panellistId, panellist.id)));
			const suggestion = values.suggestions?.trim();
			if (suggestion)
				await tx
					.insert(delphiSuggestion)
					.values({ roundId: round.id, panellistId: panellist.id, text: suggestion });
		}
		return { ok: true, submitted: values.submit };
	});
}
