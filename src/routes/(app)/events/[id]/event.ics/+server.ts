// A published event as an iCalendar file: its sessions, or its days when it has no agenda yet.
import { calendarWording } from '#lib/events/calendar-wording.js';
import { eventCalendar } from '#lib/server/events/event-calendar.js';
import { icsResponse } from '#lib/server/events/ics.js';
import { getPublicEvent } from '#lib/server/events/public-event.js';
import { absoluteLink } from '#lib/server/web/links.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const shown = await getPublicEvent(params.id);
	return icsResponse(eventCalendar(shown, calendarWording(absoluteLink)), 'event.ics');
};
