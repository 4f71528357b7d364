// A programme's published events as an iCalendar feed that calendar programs subscribe to.
import { calendarWording } from '#lib/events/calendar-wording.js';
import { programmeFeed } from '#lib/server/events/event-calendar.js';
import { icsResponse } from '#lib/server/events/ics.js';
import { getProgrammeCalendar } from '#lib/server/events/public-event.js';
import { absoluteLink } from '#lib/server/web/links.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const calendar = await getProgrammeCalendar(params.id);
	return icsResponse(programmeFeed(calendar, calendarWording(absoluteLink)), 'calendar.ics');
};
