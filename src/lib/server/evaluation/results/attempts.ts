// Each person's attempts at one phase of an event's evaluation: the first (what learning gain and
// item analysis read), the best (what the export shows beside it), how many (pure).

/** The marks one attempt earned on one item of its instrument version. */
export type ItemMark = { item: string; module: string | null; marks: number; earned: number };

/** One named, scored submission as the results read it. */
export type Attempt = {
	registrationId: string;
	attempt: number;
	versionId: string;
	score: number;
	maxScore: number;
	passed: boolean | null;
	submittedAt: Date;
	/** Marks per item; null when only the total was entered from paper. */
	items: ItemMark[] | null;
};

export type PersonAttempts = {
	first: Attempt;
	/** The highest share of the marks; the earliest of equals. */
	best: Attempt;
	count: number;
	/** Passed at any attempt (null when the phase has no pass mark). */
	passed: boolean | null;
};

const share = (attempt: Attempt) => attempt.score / attempt.maxScore;

/** Each person's first and best attempts, keyed by registration. */
export function attemptsByPerson(attempts: readonly Attempt[]): Map<string, PersonAttempts> {
	const people = new Map<string, Attempt[]>();
	for (const attempt of attempts) {
		const mine = people.get(attempt.registrationId) ?? [];
		mine.push(attempt);
		people.set(attempt.registrationId, mine);
	}
	return new Map(
		[...people].map(([person, mine]) => {
			const ordered = [...mine].sort((a, b) => a.attempt - b.attempt);
			const best = ordered.reduce((most, attempt) => (share(attempt) > share(most) ? attempt : most));
			const marks = ordered.map((attempt) => attempt.passed).filter((passed) => passed !== null);
			return [
				person,
				{
					first: ordered[0],
					best,
					count: ordered.length,
					passed: marks.length === 0 ? null : marks.some(Boolean)
				}
			];
		})
	);
}

/** Marks earned per module tag on one attempt (untagged items count only in the total). */
export function moduleMarks(items: readonly ItemMark[]): Map<string, { earned: number; marks: number }> {
	const modules = new Map<string, { earned: number; marks: number }>();
	for (const item of items) {
		if (!item.module) continue;
		const sums = modules.get(item.module) ?? { earned: 0, marks: 0 };
		modules.set(item.module, { earned: sums.earned + item.earned, marks: sums.marks + item.marks });
	}
	return modules;
}
