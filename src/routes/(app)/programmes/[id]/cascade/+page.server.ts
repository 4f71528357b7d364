import { programmeCascade } from '#lib/server/programmes/cascade.js';
import type { PageServerLoad } from './$types';

// A page to read, with nothing to do in the browser: no script, and no copy of its data for one.
export const csr = false;

export const load: PageServerLoad = ({ locals, params }) => programmeCascade(locals.actor, params.id);
