import type { PageServerLoad } from './$types';
import { getLocale } from '#lib/paraglide/runtime.js';
import { buildOpenApiDocument } from '#lib/server/api/openapi.js';
import { apiOperations } from '#lib/server/api/operations.js';
import { apiErrorStatus } from '#lib/server/api/problems.js';
import { referenceOf } from '#lib/server/api/reference.js';
import { apiTexts } from '../api-texts.js';

export const load: PageServerLoad = ({ url }) => ({
	reference: referenceOf(buildOpenApiDocument(apiOperations, apiTexts(getLocale())), url.origin),
	errorCodes: Object.entries(apiErrorStatus).map(([code, status]) => ({
		code: code as keyof typeof apiErrorStatus,
		status
	})),
	origin: url.origin
});
