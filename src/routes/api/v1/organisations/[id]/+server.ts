import { methodNotAllowed, serve } from '#lib/server/api/operation.js';
import { organisationOperations } from '#lib/server/api/organisations.js';

export const GET = serve(organisationOperations.get);
export const PATCH = serve(organisationOperations.update);
export const fallback = methodNotAllowed(['GET', 'PATCH']);
