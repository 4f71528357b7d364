// Public events as iCalendar entries: an event's sessions at their times, or its days as a whole;
// a programme's events each as whole days. The words ("Online") and links come from the caller.
import { localizedText, type ContentLocale } from '../../i18n/localized.js';
import type { Calendar, CalendarEntry } from './ics.js';
import type { ProgrammeCalendar, PublicEvent, PublicEventSummary } from './public-event.js';

export type CalendarWording = {
	reader: ContentLocale;
	/** What the place of an online event reads. */
	online: string;
	/** The absolute link of an event's public page. */
	eventLink: (eventId: string) => string;
};

function placeOf(summary: PublicEventSummary, wording: CalendarWording): string {
	if (summary.isOnline) return wording.online;
	const countryName = localizedText(summary.countryName, wording.reader);
	return [summary.venue, summary.city, countryName].filter(Boolean).join(', ');
}

function wholeDays(summary: PublicEventSummary, wording: CalendarWording): CalendarEntry {
	return {
		uid: `event-${summary.id}@mhub`,
		summary: localizedText(summary.title, wording.reader),
		description: localizedText(summary.description, wording.reader) || undefined,
		location: placeOf(summary, wording),
		url: wording.eventLink(summary.id),
		lastModified: summary.updatedAt,
		allDay: { first: summary.startsOn, last: summary.endsOn }
	};
}

/** One entry per session of the agenda (breaks left out); the whole days when there is none. */
export function eventCalendar(details: PublicEvent, wording: CalendarWording): Calendar {
	const title = localizedText(details.title, wording.reader);
	const sessions = details.agenda.filter((item) => item.isSession);
	if (sessions.length === 0) return { name: title, entries: [wholeDays(details, wording)] };
	return {
		name: title,
		entries: sessions.map((session) => ({
			uid: `session-${session.id}@mhub`,
			summary: `${title}: ${localizedText(session.title, wording.reader)}`,
			description: session.speakers ?? undefined,
			location: placeOf(details, wording),
			url: wording.eventLink(details.id),
			lastModified: details.updatedAt,
			start: session.startsAt,
			end: session.endsAt
		}))
	};
}

/** A programme's feed: each published event over its whole days. */
export const programmeFeed = (programme: ProgrammeCalendar, wording: CalendarWording): Calendar => ({
	name: localizedText(programme.name, wording.reader),
	entries: programme.events.map((summary) => wholeDays(summary, wording))
});
