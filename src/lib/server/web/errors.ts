// Domain refusals thrown while loading a page become SvelteKit errors with the right status.
import { error } from '@sveltejs/kit';
import { fieldErrorMessage } from '../../ui/field-errors.js';
import { isDomainError, type FieldErrors } from '../errors.js';

export async function orHttpError<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (cause) {
		if (isDomainError(cause))
			error(cause.status, { message: cause.code, code: cause.code, problems: problemsOf(cause.fields) });
		throw cause;
	}
}

/** A refused query's problems in the reader's language (a search with a NUL, a page number typed by hand). */
const problemsOf = (fields: FieldErrors | undefined): string[] | undefined =>
	fields && [...new Set(Object.values(fields).flat().map(fieldErrorMessage))];
