import { delphiOperations } from '#lib/server/api/delphi.js';
import { methodNotAllowed, serve } from '#lib/server/api/operation.js';

export const GET = serve(delphiOperations.results);
export const fallback = methodNotAllowed(['GET']);
