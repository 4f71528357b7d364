// The machine-readable description of the API, in English, generated from the operations it serves.
import type { RequestHandler } from './$types';
import { buildOpenApiDocument, type OpenApiDocument } from '#lib/server/api/openapi.js';
import { apiOperations } from '#lib/server/api/operations.js';
import { jsonResponse } from '#lib/server/api/responses.js';
import { apiTexts } from '../api-texts.js';

let document: OpenApiDocument | undefined;

export const GET: RequestHandler = () => {
	document ??= buildOpenApiDocument(apiOperations, apiTexts('en'));
	// Public and the same for everyone: unlike the records, it may be cached for a while.
	return jsonResponse(200, document, { 'cache-control': 'public, max-age=300' });
};
