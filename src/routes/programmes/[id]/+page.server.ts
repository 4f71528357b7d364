import { programmeOverview } from '#lib/server/programmes/programmes.js';
import { orHttpError } from '#lib/server/web/errors.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) =>
	orHttpError(() => programmeOverview(locals.actor, params.id));
