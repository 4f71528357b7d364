// Reading a score file (a table of text cells from a CSV or XLSX file) for one phase: the column that
// names each person (email, or registration code), the columns of marks (one per item, or one total),
// then for every row its person and marks, or each reason it is refused with its line. Pure: the file
// format and the database are elsewhere. A file refused as a whole (no column naming people, an
// item's column missing, items and a total both) throws, so nothing of it is stored.
import { readScores, totalColumn, type MarkedItem } from '../../evaluation/marks.js';
import type { ScoreEntryMode } from '../../evaluation/values.js';
import { DomainError } from '../errors.js';
import type { CheckedScores, EntryState } from './score-sheet.js';

/** A participant as a file row may name them. */
export type FilePerson = { registrationId: string; email: string; code: string; state: EntryState };

/** A refused row's problem: its line in the file (the header is line 1), the column as headed there. */
export type ScoreRefusal = { line: number; column: string; problem: string; value: string };

export type ReadScoreFile = {
	mode: ScoreEntryMode;
	rows: (CheckedScores & { line: number })[];
	refusals: ScoreRefusal[];
};

/** The headers people write for the columns that name a person and for the total. */
const headers = {
	email: ['email', 'e-mail', 'mail', 'courriel', 'adresse électronique', 'البريد الإلكتروني'],
	code: ['code', 'registration code', 'code d’inscription', "code d'inscription", 'رمز التسجيل'],
	total: [totalColumn, 'المجموع']
};

/** What the template writes: a file filled from it imports as it is (`Name` is for people, not read). */
export const templateHeaders = { email: 'Email', code: 'Code', name: 'Name', total: totalColumn };

const normalise = (text: string) =>
	text
		.normalize('NFC')
		.trim()
		.toLowerCase()
		.replace(/[\s_]+/g, ' ');

/** A registration code as typed: spaces and dashes dropped, any case. */
const codeKey = (text: string) => text.replace(/[\s-]+/g, '').toLowerCase();

const refusedFile = (problem: string, details?: Record<string, unknown>) =>
	new DomainError('invalid', `score file refused: ${problem}`, { fields: { file: [problem] }, details });

/**
 * Finds people by email (any case) or registration code: its 8 characters, or the registration's
 * whole id. A code two people share (their ids begin alike) names nobody: their email does.
 */
function personFinder(people: readonly FilePerson[]) {
	const byEmail = new Map(people.map((person) => [person.email.toLowerCase(), person]));
	const byCode = new Map<string, FilePerson | null>();
	for (const person of people) {
		const key = codeKey(person.code);
		byCode.set(key, byCode.has(key) ? null : person);
		byCode.set(codeKey(person.registrationId), person);
	}
	return {
		byEmail: (email: string) => byEmail.get(email.toLowerCase()),
		byCode: (code: string) => byCode.get(codeKey(code)) ?? undefined
	};
}

/** Reads the rows of a score file against the phase's items and the event's confirmed participants. */
export function readScoreFile(
	table: readonly (readonly string[])[],
	items: readonly MarkedItem[],
	people: readonly FilePerson[]
): ReadScoreFile {
	const [header = [], ...body] = table;
	const names = header.map((cell) => normalise(cell ?? ''));
	const columnOf = (accepted: readonly string[]) => names.findIndex((name) => accepted.includes(name));
	const emailAt = columnOf(headers.email);
	const codeAt = columnOf(headers.code);
	const totalAt = columnOf(headers.total);
	if (emailAt < 0 && codeAt < 0) throw refusedFile('scores_no_person_column');
	const itemAt = items.map((item) => [item.name, names.indexOf(normalise(item.name))] as const);
	if (totalAt >= 0 && itemAt.some(([, at]) => at >= 0)) throw refusedFile('scores_items_and_total');
	const mode: ScoreEntryMode = totalAt >= 0 ? 'total' : 'items';
	const missing = itemAt.filter(([, at]) => at < 0).map(([name]) => name);
	if (mode === 'items' && missing.length > 0) throw refusedFile('scores_missing_columns', { missing });
	const columns = mode === 'total' ? [[totalColumn, totalAt] as const] : itemAt;
	const headed = (at: number, fallback: string) => header[at]?.trim() || fallback;

	const find = personFinder(people);
	const seen = new Set<string>();
	const rows: ReadScoreFile['rows'] = [];
	const refusals: ScoreRefusal[] = [];
	body.forEach((row = [], index) => {
		const line = index + 2;
		const cell = (at: number) => (at >= 0 ? (row[at] ?? '').trim() : '');
		const read = readScores(items, mode, Object.fromEntries(columns.map(([name, at]) => [name, cell(at)])));
		// A row without marks is a person not entered (the template lists everyone).
		if (read.kind === 'blank') return;
		const problems: Omit<ScoreRefusal, 'line'>[] = [];
		const [email, code] = [cell(emailAt), cell(codeAt)];
		const byEmail = email ? find.byEmail(email) : undefined;
		const byCode = code ? find.byCode(code) : undefined;
		const person = byEmail ?? byCode;
		// The column that named the person (email first).
		const personAt = email || !code ? (emailAt >= 0 ? emailAt : codeAt) : codeAt;
		const refuse = (at: number, problem: string, value = email || code) =>
			problems.push({ column: headed(at, at === codeAt ? 'code' : 'email'), problem, value });
		if (email && !byEmail) refuse(emailAt, 'unknown_person', email);
		else if (code && !byCode) refuse(codeAt, 'unknown_person', code);
		else if (!person) refuse(personAt, 'unknown_person');
		else if (byEmail && byCode && byEmail !== byCode) refuse(codeAt, 'person_mismatch', code);
		else if (seen.has(person.registrationId)) refuse(personAt, 'duplicate_person');
		else {
			seen.add(person.registrationId);
			if (person.state !== 'open') refuse(personAt, 'already_has_result');
		}
		if (read.kind === 'refused')
			for (const { column, problem, value } of read.problems)
				problems.push({
					column: headed(columns.find(([name]) => name === column)![1], column),
					problem,
					value
				});
		if (problems.length > 0) refusals.push(...problems.map((problem) => ({ line, ...problem })));
		else if (read.kind === 'scores' && person)
			rows.push({
				line,
				registrationId: person.registrationId,
				attempt: 1,
				items: read.items,
				total: read.total
			});
	});
	return { mode, rows, refusals };
}
