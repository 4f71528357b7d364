import { delphiOperations } from '#lib/server/api/delphi.js';
import { methodNotAllowed, serve } from '#lib/server/api/operation.js';

export const GET = serve(delphiOperations.listStudies);
export const fallback = methodNotAllowed(['GET']);
