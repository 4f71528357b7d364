// The per-participant table of an event's tests: a row per person (registration id, country,
// profession, pre-test, first and best post-test, pass, follow-ups, marks per module), and its
// codebook. Machine values whatever the reader's language: codes, `.` decimals (numbers stay
// numbers), ISO dates. Satisfaction answers are never in it (pure).
import type { TableCell } from '../../files/table-file.js';
import { moduleMarks, type PersonAttempts } from './attempts.js';

export type TablePerson = { registrationId: string; countryCode: string; profession: string };

/** The scored phases of the plan, each with its people's attempts. */
export type TablePhases = {
	pre: ReadonlyMap<string, PersonAttempts> | null;
	post: ReadonlyMap<string, PersonAttempts> | null;
	followUps: readonly { offsetDays: number; people: ReadonlyMap<string, PersonAttempts> }[];
	/** Version numbers by version id. */
	versionNumbers: ReadonlyMap<string, number>;
};

/** The codebook's words, in the reader's language. */
export type CodebookWords = {
	variable: string;
	description: string;
	registrationId: string;
	country: string;
	profession: string;
	version: (phase: string) => string;
	date: (phase: string) => string;
	score: (phase: string) => string;
	maxScore: (phase: string) => string;
	attempts: string;
	bestScore: string;
	passed: string;
	module: (phase: string, module: string, maxScore: number) => string;
	pre: string;
	post: string;
	followUp: (days: number) => string;
	/** Says that satisfaction answers are left out, named or anonymous. */
	noSatisfaction: string;
};

export type ParticipantTable = { rows: TableCell[][]; codebook: TableCell[][] };

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

type Column = { name: string; description: string; cell: (person: TablePerson) => TableCell };

export function participantTable(
	people: readonly TablePerson[],
	phases: TablePhases,
	words: CodebookWords
): ParticipantTable {
	const version = (id: string | undefined) => (id ? (phases.versionNumbers.get(id) ?? null) : null);
	const scored = (
		code: string,
		label: string,
		measured: ReadonlyMap<string, PersonAttempts>,
		first = (person: TablePerson) => measured.get(person.registrationId)?.first
	): Column[] => [
		{ name: `${code}_version`, description: words.version(label), cell: (p) => version(first(p)?.versionId) },
		{
			name: `${code}_date`,
			description: words.date(label),
			cell: (p) => (first(p) ? isoDay(first(p)!.submittedAt) : null)
		},
		{ name: `${code}_score`, description: words.score(label), cell: (p) => first(p)?.score },
		{ name: `${code}_max`, description: words.maxScore(label), cell: (p) => first(p)?.maxScore }
	];
	const columns: Column[] = [
		{ name: 'registration_id', description: words.registrationId, cell: (p) => p.registrationId },
		{ name: 'country', description: words.country, cell: (p) => p.countryCode },
		{ name: 'profession', description: words.profession, cell: (p) => p.profession }
	];
	if (phases.pre) columns.push(...scored('pre', words.pre, phases.pre));
	const post = phases.post;
	if (post) {
		const mine = (p: TablePerson) => post.get(p.registrationId);
		columns.push(
			...scored('post', words.post, post),
			{ name: 'post_attempts', description: words.attempts, cell: (p) => mine(p)?.count ?? 0 },
			{ name: 'post_best_score', description: words.bestScore, cell: (p) => mine(p)?.best.score },
			{
				name: 'passed',
				description: words.passed,
				cell: (p) => {
					const passed = mine(p)?.passed;
					return passed === undefined || passed === null ? null : passed ? 1 : 0;
				}
			}
		);
	}
	for (const { offsetDays, people: later } of phases.followUps)
		columns.push(...scored(`follow_up_${offsetDays}`, words.followUp(offsetDays), later));
	for (const [code, label, measured] of [
		['pre', words.pre, phases.pre],
		['post', words.post, phases.post]
	] as const) {
		if (!measured) continue;
		// Module marks of the first attempts, in the order modules first appear; the maximum of the first seen.
		const maxima = new Map<string, number>();
		for (const { first } of measured.values())
			for (const [module, sums] of moduleMarks(first.items ?? []))
				if (!maxima.has(module)) maxima.set(module, sums.marks);
		for (const [module, maxScore] of maxima)
			columns.push({
				name: `${code}_module_${module}`,
				description: words.module(label, module, maxScore),
				cell: (p) => {
					const items = measured.get(p.registrationId)?.first.items;
					return items ? (moduleMarks(items).get(module)?.earned ?? null) : null;
				}
			});
	}
	return {
		rows: [
			columns.map((column) => column.name),
			...people.map((person) => columns.map((column) => column.cell(person)))
		],
		codebook: [
			[words.variable, words.description],
			...columns.map((column) => [column.name, column.description]),
			['', words.noSatisfaction]
		]
	};
}
