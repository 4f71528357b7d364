import { programmeOverview } from '#lib/server/programmes/programmes.js';
import type { PageServerLoad } from './$types';

// A page to read, with nothing to do in the browser: no script, and no copy of its data for one.
export const csr = false;

export const load: PageServerLoad = ({ locals, params }) => programmeOverview(locals.actor, params.id);
