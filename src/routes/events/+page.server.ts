import { getLocale } from '#lib/paraglide/runtime.js';
import { listQuery } from '#lib/forms/list-query.js';
import { listEventFilterChoices, listEvents } from '#lib/server/events/event-listing.js';
import { canCreateEvents } from '#lib/server/events/policies.js';
import { orHttpError } from '#lib/server/web/errors.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const reader = getLocale();
	const [result, filters] = await orHttpError(() =>
		Promise.all([
			listEvents(locals.actor, listQuery(url, reader)),
			listEventFilterChoices(locals.actor, reader)
		])
	);
	return { result, filters, canCreate: canCreateEvents(locals.actor) };
};
