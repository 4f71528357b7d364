// The score grid's form → the domain's input: `scores.<registration>.<item or total>` per cell and
// `attempts.<registration>` per row, gathered per person.
import type { FormFields } from '../forms/fields.js';

export function scoreEntryFrom(values: FormFields): {
	mode: unknown;
	scores: Record<string, Record<string, unknown>>;
	attempts: Record<string, unknown>;
} {
	// Keys come from the form: objects without a prototype, so `__proto__` is just a key.
	const scores: Record<string, Record<string, unknown>> = Object.create(null);
	const attempts: Record<string, unknown> = Object.create(null);
	for (const [key, value] of Object.entries(values)) {
		const [head, person, column, ...rest] = key.split('.');
		if (head === 'scores' && person && column && rest.length === 0)
			(scores[person] ??= Object.create(null))[column] = value;
		else if (head === 'attempts' && person && column === undefined) attempts[person] = value;
	}
	return { mode: values.mode, scores, attempts };
}
