// Any other path under /api answers in JSON too, pointing to the reference.
import { DomainError } from '#lib/server/errors.js';
import type { ApiEvent } from '#lib/server/api/operation.js';
import { errorResponse } from '#lib/server/api/responses.js';

export const fallback = (event: ApiEvent) =>
	errorResponse(new DomainError('not_found', 'no such API path: see /api/v1/docs'), event.locals.requestId);
