// A panellist's side of a study, opened by their personal link: the current round's statements,
// from round 2 the group's anonymised results and their own previous rating, and their answers
// saved as they go and submitted. Panellists see no one's name and no one else's rating.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { panelFeedback, type ShownRoundResult } from '../../delphi/group-feedback.js';
import { scales, type ScaleKind } from '../../delphi/rule.js';
import { PanelRoundSchema, type PanelRoundInput } from '../../delphi/schemas.js';
import type { ContentLocale, Localized } from '../../i18n/localized.js';
import { db } from '../db/client.js';
import { preparedSql } from '../db/prepared.js';
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
import { isAskedIn, previousRound, statementsAsked } from './rounds.js';

export type PanelStatement = {
	id: string;
	text: Localized;
	domainId: string;
	domain: Localized;
	/** This round's answer so far. */
	rating: number | null;
	isUnableToRate: boolean;
	comment: string | null;
	/**
	 * From round 2: the previous round's result (null when too few rated it to show anything; groups
	 * too small to show are merged or left out) and what this panellist rated then.
	 */
	feedback: { result: ShownRoundResult | null; previousRating: number | null; wasUnable: boolean } | null;
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
	/** Stakeholder groups with fewer ratings are not shown on their own. */
	minGroupSize: number;
	/** The study's declared languages, the main one first. */
	languages: ContentLocale[];
	/** The panellist's language, as they were added to the panel. */
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
	minGroupSize: study.minGroupSize,
	languages: study.languages as ContentLocale[],
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
							result: panelFeedback(result.summary, study.minGroupSize, study.scale),
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
 * closed are refused. Two SQL statements: the panellist's open round with what it asks, one write.
 */
export async function savePanelRound(token: string, input: PanelRoundInput): Promise<SaveOutcome> {
	const values = parseInput(PanelRoundSchema, input);
	const [round] = await openRoundByToken({ token });
	if (!round) throw roundNotOpen();
	const asked = new Set(round.asked);
	const { min, max } = scales[round.scale];
	const errors: Record<string, string[]> = {};
	const answers = values.answers.filter((answer) => {
		if (!asked.has(answer.statementId)) errors[answer.statementId] = ['invalid_choice'];
		else if (answer.rating === 'unable' && !round.allowsUnableToRate)
			errors[answer.statementId] = ['invalid_choice'];
		else if (typeof answer.rating === 'number' && (answer.rating < min || answer.rating > max))
			errors[answer.statementId] = ['outside_scale'];
		else if (values.submit && typeof answer.rating !== 'number' && answer.rating !== 'unable')
			errors[answer.statementId] = ['rating_required'];
		return asked.has(answer.statementId);
	});
	if (values.submit)
		for (const id of asked)
			if (!values.answers.some((answer) => answer.statementId === id)) errors[id] = ['rating_required'];
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	const [written] = await writeAnswers({
		roundId: round.roundId,
		panellistId: round.panellistId,
		answers,
		submit: values.submit,
		// Round 1 only: one suggestion text per panellist, replaced with each save (it is shown back).
		suggestion: round.roundNumber === 1 ? values.suggestions?.trim() || null : undefined
	});
	if (!written?.is_open) throw roundNotOpen();
	return { ok: true, submitted: values.submit };
}

const roundIsOpen = sql`${delphiRound.closedAt} is null and now() >= ${delphiRound.opensAt} and now() < ${delphiRound.closesAt}`;

const openRoundByToken = preparedSql<{
	panellistId: string;
	scale: ScaleKind;
	allowsUnableToRate: boolean;
	roundId: string;
	roundNumber: number;
	asked: string[];
}>(sql`
	select ${delphiPanellist.id} as "panellistId", ${delphiStudy.scale} as "scale",
		${delphiStudy.allowsUnableToRate} as "allowsUnableToRate", ${delphiRound.id} as "roundId",
		${delphiRound.number} as "roundNumber",
		array(select ${delphiStatement.id} from ${delphiStatement}
			where ${isAskedIn(delphiStudy.id, delphiRound.number)}) as "asked"
	from ${delphiPanellist}
	join ${delphiStudy} on ${delphiStudy.id} = ${delphiPanellist.studyId}
	join ${delphiRound} on ${delphiRound.studyId} = ${delphiStudy.id}
	where ${delphiPanellist.token} = ${sql.placeholder('token')} and ${roundIsOpen}`);

const roundNotOpen = () =>
	new DomainError('conflict', 'no round is open', { fields: { _: ['round_not_open'] } });

/**
 * Every write of a save in one statement, atomic by itself (no BEGIN and COMMIT round trips), and
 * only while the round is still open by the database's clock (it may have closed since it was read).
 * In round 1 the panellist's one suggestion is replaced too.
 */
const writeAnswersStatement = preparedSql<{ is_open: boolean }>(sql`
	with open_round as (
		select exists (select 1 from ${delphiRound} where ${delphiRound.id} = ${sql.placeholder('roundId')}::uuid
			and ${roundIsOpen}) as is_open),
	ratings as (
		insert into ${delphiRating} (round_id, statement_id, panellist_id, rating, is_unable_to_rate, comment)
		select ${sql.placeholder('roundId')}::uuid, answer.statement_id, ${sql.placeholder('panellistId')}::uuid,
			answer.rating, answer.is_unable, answer.comment
		from unnest(${sql.placeholder('statementIds')}::uuid[], ${sql.placeholder('ratings')}::smallint[],
			${sql.placeholder('unable')}::boolean[], ${sql.placeholder('comments')}::text[])
			as answer(statement_id, rating, is_unable, comment)
		where (select is_open from open_round)
		on conflict (round_id, statement_id, panellist_id) do update set rating = excluded.rating,
			is_unable_to_rate = excluded.is_unable_to_rate, comment = excluded.comment, updated_at = now()
		returning 1),
	participation as (
		insert into ${delphiParticipation} (round_id, panellist_id, submitted_at)
		select ${sql.placeholder('roundId')}::uuid, ${sql.placeholder('panellistId')}::uuid,
			case when ${sql.placeholder('submit')}::boolean then now() end
		where (select is_open from open_round)
		on conflict (round_id, panellist_id) do update set saved_at = now(),
			submitted_at = case when ${sql.placeholder('submit')}::boolean then now()
				else ${delphiParticipation.submittedAt} end
		returning 1),
	dropped as (
		delete from ${delphiSuggestion} where ${delphiSuggestion.roundId} = ${sql.placeholder('roundId')}::uuid
			and ${delphiSuggestion.panellistId} = ${sql.placeholder('panellistId')}::uuid
			and ${sql.placeholder('replacesSuggestion')}::boolean and (select is_open from open_round)
		returning 1),
	suggested as (
		insert into ${delphiSuggestion} (round_id, panellist_id, text)
		select ${sql.placeholder('roundId')}::uuid, ${sql.placeholder('panellistId')}::uuid, ${sql.placeholder('suggestion')}::text
		where ${sql.placeholder('suggestion')}::text is not null and ${sql.placeholder('replacesSuggestion')}::boolean
			and (select is_open from open_round)
		returning 1)
	select is_open from open_round`);

function writeAnswers(save: {
	roundId: string;
	panellistId: string;
	answers: PanelRoundInput['answers'];
	submit: boolean;
	/** Round 1 only (undefined otherwise): the panellist's suggestion, or null for none. */
	suggestion: string | null | undefined;
}) {
	const { answers } = save;
	return writeAnswersStatement({
		roundId: save.roundId,
		panellistId: save.panellistId,
		statementIds: answers.map((answer) => answer.statementId),
		ratings: answers.map((answer) => (typeof answer.rating === 'number' ? answer.rating : null)),
		unable: answers.map((answer) => answer.rating === 'unable'),
		comments: answers.map((answer) => answer.comment ?? null),
		submit: save.submit,
		replacesSuggestion: save.suggestion !== undefined,
		suggestion: save.suggestion ?? null
	});
}
