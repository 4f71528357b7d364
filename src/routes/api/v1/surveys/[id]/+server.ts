import { methodNotAllowed, serve } from '#lib/server/api/operation.js';
import { surveyOperations } from '#lib/server/api/surveys.js';

export const GET = serve(surveyOperations.get);
export const fallback = methodNotAllowed(['GET']);
