import { countryOperations } from '#lib/server/api/countries.js';
import { methodNotAllowed, serve } from '#lib/server/api/operation.js';

export const GET = serve(countryOperations.get);
export const fallback = methodNotAllowed(['GET']);
