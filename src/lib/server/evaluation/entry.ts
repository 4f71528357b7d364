// The score grid: a trainer types the results of a scored phase from paper, one row per confirmed
// participant, marks per item or a total. The grid is stored whole or not at all: every cell's
// problem comes back beside the cell, and a person who already has a result keeps it.
import { readScores } from '../../evaluation/marks.js';
import { ScoreEntrySchema } from '../../evaluation/schemas.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { DomainError, type FieldErrors } from '../errors.js';
import { parseInput, type FieldsOf } from '../validate.js';
import { loadSheet, storeScores, type CheckedScores } from './score-sheet.js';

/**
 * Stores the grid's results for one phase, as source `entry`; how many people's results were stored.
 * Rows left blank are not entered. Refused (nothing stored) with field errors on
 * `scores.<registration>.<column>` for a cell and `scores.<registration>` for a row.
 */
export async function enterScores(
	actor: Actor,
	eventId: string,
	phaseId: string,
	input: FieldsOf<typeof ScoreEntrySchema>
): Promise<{ stored: number }> {
	return db().transaction(async (tx) => {
		const sheet = await loadSheet(tx, actor, eventId, phaseId, { lock: true });
		const values = parseInput(ScoreEntrySchema, input);
		const people = new Map(sheet.people.map((person) => [person.registrationId, person]));
		const fields: FieldErrors = {};
		const rows: CheckedScores[] = [];
		for (const [registrationId, cells] of Object.entries(values.scores)) {
			const read = readScores(sheet.items, values.mode, cells);
			if (read.kind === 'blank') continue;
			const person = people.get(registrationId);
			const shownFor = values.attempts[registrationId] ?? 1;
			if (!person) fields[`scores.${registrationId}`] = ['unknown_person'];
			else if (person.state === 'done' || person.nextAttempt !== shownFor)
				fields[`scores.${registrationId}`] = ['already_has_result'];
			else if (read.kind === 'refused')
				for (const { column, problem } of read.problems)
					fields[`scores.${registrationId}.${column}`] = [problem];
			else rows.push({ registrationId, attempt: person.nextAttempt, items: read.items, total: read.total });
		}
		if (Object.keys(fields).length > 0) throw new DomainError('invalid', 'scores refused', { fields });
		if (rows.length === 0)
			throw new DomainError('invalid', 'nothing entered', { fields: { _: ['scores_nothing_entered'] } });
		return { stored: await storeScores(tx, actor, sheet, rows, 'entry') };
	});
}
