// What the error page shows for a domain refusal that a load, an endpoint or a one-button action let
// through: handleError (hooks.server.ts) calls it; routes throw and never convert.
import { fieldErrorMessage } from '../../ui/field-errors.js';
import type { DomainError, FieldErrors } from '../errors.js';

/** The refusal's status and code; a refused query's problems in the reader's language. */
export function refusalError(refusal: DomainError, requestId: string): App.Error {
	const problems = problemsOf(refusal.fields);
	return {
		status: refusal.status,
		message: refusal.code,
		code: refusal.code,
		requestId,
		...(problems ? { problems } : {})
	};
}

/** A search with a NUL, a page number typed by hand: each problem once. */
const problemsOf = (fields: FieldErrors | undefined): string[] | undefined =>
	fields && [...new Set(Object.values(fields).flat().map(fieldErrorMessage))];
