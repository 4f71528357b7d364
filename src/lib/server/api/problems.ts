// The one place where anything thrown while serving an API request becomes an error response.
import type { z } from 'zod';
import { isDatabaseUnavailable, retryAfterSeconds } from '../db/unavailable.js';
import { errorStatus, isDomainError } from '../errors.js';
import { logger } from '../logger.js';
import type { ErrorBodySchema } from './envelopes.js';

/** Refusals of the request itself, before any domain function runs. */
const requestProblemStatus = {
	invalid_token: 401,
	malformed_json: 400,
	payload_too_large: 413,
	unsupported_media_type: 415,
	method_not_allowed: 405
} as const;

export type RequestProblemCode = keyof typeof requestProblemStatus;

/** Every `error.code` a client may receive, with its status. */
export const apiErrorStatus = {
	...errorStatus,
	...requestProblemStatus,
	unexpected: 500,
	unavailable: 503
} as const;
export type ApiErrorCode = keyof typeof apiErrorStatus;
export const apiErrorCodes = Object.keys(apiErrorStatus) as [ApiErrorCode, ...ApiErrorCode[]];

export class RequestProblem extends Error {
	readonly code: RequestProblemCode;
	readonly headers: Record<string, string>;

	constructor(code: RequestProblemCode, message: string, headers: Record<string, string> = {}) {
		super(message);
		this.name = 'RequestProblem';
		this.code = code;
		this.headers = headers;
	}

	get status(): number {
		return requestProblemStatus[this.code];
	}
}

/** What a client reads when a domain error carries no message of its own. */
const plainMessages: Record<keyof typeof errorStatus, string> = {
	invalid: 'The request is not valid: see the field errors.',
	unauthenticated: 'Authentication required: send a personal API token as "Authorization: Bearer mhub_…".',
	forbidden: 'Your account is not allowed to see or change this record.',
	not_found: 'No such record.',
	conflict: 'This conflicts with a record that already exists.',
	gone: 'This record no longer exists.',
	quota_full: 'There is no room left.',
	too_many_requests: 'Too many requests: wait a moment and try again.'
};

/** Domain messages are short lowercase phrases ('not allowed to edit this organisation'). */
const sentence = (phrase: string) =>
	phrase.charAt(0).toUpperCase() + phrase.slice(1) + (/[.!?]$/.test(phrase) ? '' : '.');

export const bearerChallenge = 'Bearer realm="MHub"';

export type ErrorBody = z.output<typeof ErrorBodySchema>;

export type Problem = { status: number; body: ErrorBody; headers: Record<string, string> };

/**
 * A domain refusal or request problem becomes its status with a clear message; a database out of
 * reach, 503 with Retry-After; anything else is a bug: logged with the request id and answered with
 * a 500 that quotes it.
 */
export function problemFrom(error: unknown, requestId?: string): Problem {
	if (error instanceof RequestProblem) {
		return {
			status: error.status,
			body: { error: { code: error.code, message: error.message } },
			headers: error.headers
		};
	}
	if (isDomainError(error)) {
		const message =
			error.message && error.message !== error.code ? sentence(error.message) : plainMessages[error.code];
		return {
			status: error.status,
			body: { error: { code: error.code, message, ...(error.fields ? { fields: error.fields } : {}) } },
			headers: error.code === 'unauthenticated' ? { 'www-authenticate': bearerChallenge } : {}
		};
	}
	if (isDatabaseUnavailable(error)) {
		logger.warn({ message: (error as Error).message, requestId }, 'database unavailable');
		return {
			status: 503,
			body: {
				error: {
					code: 'unavailable',
					message: `The database cannot be reached at the moment: try again in ${retryAfterSeconds} seconds.`,
					requestId
				}
			},
			headers: { 'retry-after': String(retryAfterSeconds) }
		};
	}
	logger.error({ err: error, requestId }, 'unexpected error in the API');
	return {
		status: 500,
		body: {
			error: {
				code: 'unexpected',
				message: 'Something went wrong on our side. If it keeps happening, send us the request id.',
				requestId
			}
		},
		headers: {}
	};
}
