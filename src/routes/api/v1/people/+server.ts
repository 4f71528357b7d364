import { methodNotAllowed, serve } from '#lib/server/api/operation.js';
import { personOperations } from '#lib/server/api/people.js';

export const GET = serve(personOperations.list);
export const POST = serve(personOperations.create);
export const fallback = methodNotAllowed(['GET', 'POST']);
