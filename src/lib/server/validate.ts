// Turns zod problems into a DomainError with field errors (message keys, translated at the edge).
import type { z } from 'zod';
import { DomainError, type FieldErrors } from './errors.js';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
	const result = schema.safeParse(input);
	if (result.success) return result.data;
	const fields: FieldErrors = {};
	for (const issue of result.error.issues) {
		const key = issue.path.join('.') || '_';
		const message = issue.code === 'invalid_type' && issue.input === undefined ? 'required' : issue.message;
		(fields[key] ??= []).push(message);
	}
	throw new DomainError('invalid', 'invalid input', { fields });
}
