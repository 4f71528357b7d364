import { methodNotAllowed, serve } from '#lib/server/api/operation.js';
import { personOperations } from '#lib/server/api/people.js';

export const GET = serve(personOperations.get);
export const PATCH = serve(personOperations.update);
export const fallback = methodNotAllowed(['GET', 'PATCH']);
