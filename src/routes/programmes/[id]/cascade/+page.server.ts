import { programmeCascade } from '#lib/server/programmes/cascade.js';
import { orHttpError } from '#lib/server/web/errors.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) =>
	orHttpError(() => programmeCascade(locals.actor, params.id));
