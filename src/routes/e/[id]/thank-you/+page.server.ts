import { getPublicEvent } from '#lib/server/events/public-event.js';
import { orHttpError } from '#lib/server/web/errors.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const { id, title } = await orHttpError(() => getPublicEvent(params.id));
	return { event: { id, title } };
};
