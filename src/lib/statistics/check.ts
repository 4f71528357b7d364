// Refusing bad input before any statistic is computed: a wrong figure on a page is worse than an error.

/** Throws a RangeError naming every value of `values` that is not a finite number from 0 to `max`. */
export function checkScores(what: string, values: readonly number[], max = Infinity): void {
	if (!(max > 0)) throw new RangeError(`${what}: the maximum score must be a positive number, not ${max}`);
	const problems: string[] = [];
	values.forEach((value, index) => {
		if (!Number.isFinite(value)) problems.push(`#${index + 1} is ${value}, not a finite number`);
		else if (value < 0) problems.push(`#${index + 1} is ${value}, below 0`);
		else if (value > max) problems.push(`#${index + 1} is ${value}, above the maximum ${max}`);
	});
	if (problems.length > 0) throw new RangeError(`${what}: ${problems.join('; ')}`);
}

/** Throws a RangeError naming every value that is not a finite number (differences may be negative). */
export function checkFinite(what: string, values: readonly number[]): void {
	const problems = values.flatMap((value, index) =>
		Number.isFinite(value) ? [] : [`#${index + 1} is ${value}, not a finite number`]
	);
	if (problems.length > 0) throw new RangeError(`${what}: ${problems.join('; ')}`);
}

/** checkScores of the first scores of `pairs` (pre-test), then of the second ones (post-test). */
export function checkPairScores(pairs: ReadonlyArray<readonly [number, number]>, max: number): void {
	checkScores(
		'pre-test scores',
		pairs.map(([pre]) => pre),
		max
	);
	checkScores(
		'post-test scores',
		pairs.map(([, post]) => post),
		max
	);
}
