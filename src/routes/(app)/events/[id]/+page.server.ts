import { getEvent } from '#lib/server/events/events.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => ({
	event: await getEvent(locals.actor, params.id)
});
