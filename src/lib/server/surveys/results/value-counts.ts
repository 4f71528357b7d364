// Counts of a question's values, read back from what PostgreSQL grouped (pure).

export type ValueCount = {
	value: string;
	count: number;
	/** Of the respondents who answered the question (for multiple choice the shares add up to more than 1). */
	share: number;
};

/** Answers that say nothing, as their text reads (`->>`): empty text, an empty list or object, "null". */
export const emptyAnswers = ['', '[]', '{}', 'null'];

/**
 * Counts in the question's own order (every known value, even unchosen), then any other values the
 * answers hold, most frequent first; shares of `answered`.
 */
export function orderedCounts(
	known: readonly string[],
	found: ReadonlyMap<string, number>,
	answered: number
): ValueCount[] {
	const extra = [...found.keys()]
		.filter((value) => !known.includes(value))
		.sort((a, b) => found.get(b)! - found.get(a)! || a.localeCompare(b));
	return [...known, ...extra].map((value) => {
		const count = found.get(value) ?? 0;
		return { value, count, share: answered > 0 ? count / answered : 0 };
	});
}

/** How many answered, from the counts of every value their answers read as (`->>`). */
export function answeredOf(found: ReadonlyMap<string, number>): number {
	let answered = 0;
	for (const [value, count] of found) if (!emptyAnswers.includes(value)) answered += count;
	return answered;
}

/**
 * Each choice's count from the counts of whole lists of choices, by their JSON text: a list holds a
 * choice when its text holds the choice's quoted value (as `strpos` finds it in the summary).
 */
export function choiceCounts(
	choices: readonly string[],
	lists: ReadonlyMap<string, number>
): Map<string, number> {
	return new Map(
		choices.map((choice) => {
			const quoted = JSON.stringify(choice);
			let count = 0;
			for (const [text, times] of lists) if (text.includes(quoted)) count += times;
			return [choice, count];
		})
	);
}
