import { getLocale } from '#lib/paraglide/runtime.js';
import { listQuery } from '#lib/forms/list-query.js';
import { listEventFilterChoices, listEvents } from '#lib/server/events/event-listing.js';
import { can } from '#lib/server/auth/authorize.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const reader = getLocale();
	const [result, filters] = await Promise.all([
		listEvents(locals.actor, listQuery(url, reader)),
		listEventFilterChoices(locals.actor, reader)
	]);
	return { result, filters, canCreate: can(locals.actor, 'create', 'event') };
};
