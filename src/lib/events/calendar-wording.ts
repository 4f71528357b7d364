// The words and links of event calendars, in the reader's language.
import * as m from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';
import type { CalendarWording } from '../server/events/event-calendar.js';
import { publicEventPath } from './registration-mail.js';

/** `linkTo` turns a path into an absolute link (the configured public address, else the request's). */
export const calendarWording = (linkTo: (path: string) => string): CalendarWording => ({
	reader: getLocale(),
	online: m.registration_online(),
	eventLink: (eventId) => linkTo(publicEventPath(eventId))
});
