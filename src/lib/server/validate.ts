// Turns zod problems into a DomainError with field errors (message keys, translated at the edge).
import { z } from 'zod';
import { DomainError, type FieldErrors } from './errors.js';

/**
 * What a domain function takes for a schema: its fields by name, each value still to be checked
 * (forms send text, the API any JSON; `parseInput` checks them and refuses beside the field). A
 * caller sees which fields to pass, and a misspelt one does not compile.
 */
export type FieldsOf<S extends z.ZodType> = { [K in keyof z.input<S>]?: unknown };

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

/** A record id from a URL or a form: anything that is not a UUID names no record (`not_found`). */
export function assertRecordId(id: string, what: string): void {
	if (!z.uuid().safeParse(id).success) throw new DomainError('not_found', `no such ${what}`);
}
