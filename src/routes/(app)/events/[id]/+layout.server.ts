import { getEventHeading } from '#lib/server/events/events.js';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, params }) => ({
	heading: await getEventHeading(locals.actor, params.id)
});
