// Storing submissions: the instrument frozen as a version, a score against the pass mark, marks per
// item. The participant's own page stores one at a time on its busiest path (take.ts); a trainer's
// paper entry, a file import and the demo store many at once here.
import { sql } from 'drizzle-orm';
import { markedQuestions } from '../../evaluation/scoring.js';
import type { Phase, SubmissionSource } from '../../evaluation/values.js';
import type { Answers, SurveyDefinition } from '../../surveys/definition.js';
import type { DbOrTx } from '../db/client.js';
import { preparedSql } from '../db/prepared.js';
import { evaluationItem, evaluationSubmission } from '../db/schema/evaluation.js';
import { DomainError } from '../errors.js';

/** Whether `score` of `maxScore` reaches the pass mark; null where the phase has none. */
export function passes(score: number, maxScore: number, passMarkPercent: number | null): boolean | null {
	if (passMarkPercent === null) return null;
	// A hair under for decimals read in binary: 14 of 20 is exactly 70 %.
	return score * 100 >= passMarkPercent * maxScore - 1e-9;
}

/** The instrument as answered, frozen as a version on its first answer; its id. */
const freezeVersion = preparedSql<{ id: string }>(sql`
	with made as (
		insert into instrument_version (survey_id, number, definition, digest)
		select ${sql.placeholder('surveyId')}::uuid,
			coalesce((select max(v.number) from instrument_version v where v.survey_id = ${sql.placeholder('surveyId')}::uuid), 0) + 1,
			${sql.placeholder('definition')}::jsonb, md5(${sql.placeholder('definition')}::jsonb::text)
		on conflict do nothing
		returning id)
	select id from made
	union all
	select v.id from instrument_version v where v.survey_id = ${sql.placeholder('surveyId')}::uuid
		and v.digest = md5(${sql.placeholder('definition')}::jsonb::text)`);

/** The version of `definition` (as read from the survey), made on its first answer. */
export async function versionOf(
	surveyId: string,
	definition: SurveyDefinition,
	database?: DbOrTx
): Promise<string> {
	const values = { surveyId, definition: JSON.stringify(definition) };
	// Two first answers at once: the one that lost the race finds the version on its second look.
	let [made] = await freezeVersion(values, database);
	made ??= (await freezeVersion(values, database))[0];
	if (!made) throw new DomainError('conflict', 'the instrument changed while it was answered');
	return made.id;
}

export type PhaseToRecord = {
	id: string;
	eventId: string;
	phase: Phase;
	passMarkPercent: number | null;
	surveyId: string;
	definition: SurveyDefinition;
};

/** One person's result as a trainer has it: marks per item, or only the total. */
export type ResultToRecord = {
	registrationId: string;
	countryCode: string;
	profession: string;
	attempt: number;
	/** Marks earned per item (question name); every marked item of the instrument. */
	items?: Record<string, number>;
	/** The total, where the paper keeps no marks per item. */
	total?: number;
	answers?: Answers;
};

/**
 * Stores results entered or imported for one phase, in the caller's transaction. Each result's marks
 * must be within each item's marks (the caller has checked and listed problems; here it is a bug).
 */
export async function recordResults(
	tx: DbOrTx,
	phase: PhaseToRecord,
	results: readonly ResultToRecord[],
	source: Exclude<SubmissionSource, 'web'>,
	enteredBy: string | null
): Promise<number> {
	if (results.length === 0) return 0;
	const items = markedQuestions(phase.definition);
	const maxScore = items.reduce((total, item) => total + item.marks, 0);
	const versionId = await versionOf(phase.surveyId, phase.definition, tx);
	const rows = results.map((result) => {
		const score = result.items
			? items.reduce((total, item) => total + (result.items?.[item.name] ?? 0), 0)
			: (result.total ?? 0);
		if (!(score >= 0 && score <= maxScore)) throw new Error(`score ${score} outside 0–${maxScore}`);
		return {
			phaseId: phase.id,
			eventId: phase.eventId,
			registrationId: result.registrationId,
			attempt: result.attempt,
			versionId,
			score,
			maxScore,
			passed: passes(score, maxScore, phase.passMarkPercent),
			countryCode: result.countryCode,
			profession: result.profession as typeof evaluationSubmission.$inferInsert.profession,
			source,
			answers: result.answers ?? {},
			enteredBy
		};
	});
	const made = await tx
		.insert(evaluationSubmission)
		.values(rows)
		.returning({ id: evaluationSubmission.id, registrationId: evaluationSubmission.registrationId });
	const itemRows = made.flatMap(({ id, registrationId }) => {
		const earned = results.find((result) => result.registrationId === registrationId)?.items;
		return earned
			? items.map((item) => ({
					submissionId: id,
					item: item.name,
					module: item.module ?? null,
					marks: item.marks,
					earned: earned[item.name] ?? 0
				}))
			: [];
	});
	// One statement of five arrays: a values list of thousands of rows costs more to build than to store.
	const column = <K extends keyof (typeof itemRows)[number]>(key: K) =>
		sql.param(itemRows.map((row) => row[key]));
	if (itemRows.length > 0)
		await tx.execute(sql`
			insert into ${evaluationItem} (submission_id, item, module, marks, earned)
			select * from unnest(${column('submissionId')}::uuid[], ${column('item')}::text[],
				${column('module')}::text[], ${column('marks')}::numeric[], ${column('earned')}::numeric[])`);
	return made.length;
}
