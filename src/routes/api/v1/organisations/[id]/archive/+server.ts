import { methodNotAllowed, serve } from '#lib/server/api/operation.js';
import { organisationOperations } from '#lib/server/api/organisations.js';

export const POST = serve(organisationOperations.archive);
export const fallback = methodNotAllowed(['POST']);
