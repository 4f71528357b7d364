import { getEvent } from '#lib/server/events/events.js';
import { orHttpError } from '#lib/server/web/errors.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => ({
	event: await orHttpError(() => getEvent(locals.actor, params.id))
});
