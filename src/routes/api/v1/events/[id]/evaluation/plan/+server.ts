import { evaluationOperations } from '#lib/server/api/evaluation.js';
import { methodNotAllowed, serve } from '#lib/server/api/operation.js';

export const GET = serve(evaluationOperations.plan);
export const fallback = methodNotAllowed(['GET']);
