import { methodNotAllowed, serve } from '#lib/server/api/operation.js';
import { organisationOperations } from '#lib/server/api/organisations.js';

export const GET = serve(organisationOperations.list);
export const POST = serve(organisationOperations.create);
export const fallback = methodNotAllowed(['GET', 'POST']);
