// Turns zod problems into a DomainError with field errors (message keys, translated at the edge).
import type { z } from 'zod';
import { DomainError, type FieldErrors } from './errors.js';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
	// Zod leaves the offending value out of its issues unless asked: without it, a value of the wrong
	// type could not be told from a missing one.
	const result = schema.safeParse(input, { reportInput: true });
	if (result.success) return result.data;
	const fields: FieldErrors = {};
	for (const issue of result.error.issues) {
		const key = issue.path.join('.') || '_';
		const missing =
			issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value');
		const message = missing ? 'required' : issue.message;
		(fields[key] ??= []).push(message);
	}
	throw new DomainError('invalid', 'invalid input', { fields });
}
