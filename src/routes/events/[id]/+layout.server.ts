import { getEventHeading } from '#lib/server/events/events.js';
import { orHttpError } from '#lib/server/web/errors.js';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, params }) => ({
	heading: await orHttpError(() => getEventHeading(locals.actor, params.id))
});
