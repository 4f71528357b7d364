// The one list of error codes domain code may throw, each with its HTTP status.
export const errorStatus = {
	invalid: 400,
	unauthenticated: 401,
	forbidden: 403,
	not_found: 404,
	conflict: 409,
	gone: 410,
	quota_full: 409,
	too_many_requests: 429
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** Field-level problems: field path → message keys (translated at the edge). */
export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
	readonly code: ErrorCode;
	readonly fields?: FieldErrors;
	readonly details?: Record<string, unknown>;

	constructor(
		code: ErrorCode,
		message: string = code,
		extra: { fields?: FieldErrors; details?: Record<string, unknown> } = {}
	) {
		super(message);
		this.name = 'DomainError';
		this.code = code;
		this.fields = extra.fields;
		this.details = extra.details;
	}

	get status(): number {
		return errorStatus[this.code];
	}
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
