import { methodNotAllowed, serve } from '#lib/server/api/operation.js';
import { personOperations } from '#lib/server/api/people.js';

export const POST = serve(personOperations.archive);
export const fallback = methodNotAllowed(['POST']);
