import { getPublicEvent } from '#lib/server/events/public-event.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const { id, title } = await getPublicEvent(params.id);
	return { event: { id, title } };
};
