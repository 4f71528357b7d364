import { frameworkOperations } from '#lib/server/api/frameworks.js';
import { methodNotAllowed, serve } from '#lib/server/api/operation.js';

export const GET = serve(frameworkOperations.list);
export const fallback = methodNotAllowed(['GET']);
