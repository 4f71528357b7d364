// iCalendar (RFC 5545) for events: a calendar of entries, each all-day over one or several days or
// timed in UTC. Written by hand rather than with the `ics` package, which folds lines every 75
// characters instead of 75 octets: an Arabic title would then give lines twice too long.

/** One VEVENT: all day from `first` to `last` (inclusive, YYYY-MM-DD), or from `start` to `end`. */
export type CalendarEntry = {
	uid: string;
	summary: string;
	description?: string;
	location?: string;
	url?: string;
	lastModified?: Date;
} & ({ allDay: { first: string; last: string } } | { start: Date; end: Date });

export type Calendar = { name?: string; entries: readonly CalendarEntry[] };

const crlf = '\r\n';
const maxOctets = 75;

/** TEXT values: backslash, semicolon and comma are escaped, every kind of line break becomes \n. */
export const escapeText = (text: string): string =>
	text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');

/**
 * Folds a content line so no line is longer than 75 octets (the leading space of a continuation
 * counts), breaking between characters, never inside one.
 */
export function foldLine(line: string): string {
	const lines: string[] = [];
	let current = '';
	let octets = 0;
	for (const character of line) {
		const size = Buffer.byteLength(character);
		if (octets + size > maxOctets) {
			lines.push(current);
			current = ' ';
			octets = 1;
		}
		current += character;
		octets += size;
	}
	lines.push(current);
	return lines.join(crlf);
}

/** A UTC date-time, 20260512T073000Z. */
export const utcDateTime = (instant: Date): string =>
	instant
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');

const basicDate = (isoDate: string): string => isoDate.replaceAll('-', '');

/** The day after an ISO date: an all-day DTEND is the first day that is no longer part of it. */
export function dayAfter(isoDate: string): string {
	const day = new Date(`${isoDate}T00:00:00Z`);
	day.setUTCDate(day.getUTCDate() + 1);
	return day.toISOString().slice(0, 10);
}

function entryLines(entry: CalendarEntry, stamp: string): string[] {
	const when =
		'allDay' in entry
			? [
					`DTSTART;VALUE=DATE:${basicDate(entry.allDay.first)}`,
					`DTEND;VALUE=DATE:${basicDate(dayAfter(entry.allDay.last))}`
				]
			: [`DTSTART:${utcDateTime(entry.start)}`, `DTEND:${utcDateTime(entry.end)}`];
	return [
		'BEGIN:VEVENT',
		`UID:${entry.uid}`,
		`DTSTAMP:${stamp}`,
		...when,
		`SUMMARY:${escapeText(entry.summary)}`,
		...(entry.location ? [`LOCATION:${escapeText(entry.location)}`] : []),
		...(entry.description ? [`DESCRIPTION:${escapeText(entry.description)}`] : []),
		...(entry.url ? [`URL:${entry.url}`] : []),
		...(entry.lastModified ? [`LAST-MODIFIED:${utcDateTime(entry.lastModified)}`] : []),
		'END:VEVENT'
	];
}

/** The calendar as an iCalendar file: CRLF line ends, folded lines, DTSTAMP `now` in UTC. */
export function icsCalendar(calendar: Calendar, now: Date = new Date()): string {
	const stamp = utcDateTime(now);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//MHub//Events//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		...(calendar.name ? [`X-WR-CALNAME:${escapeText(calendar.name)}`] : []),
		...calendar.entries.flatMap((entry) => entryLines(entry, stamp)),
		'END:VCALENDAR'
	];
	return lines.map(foldLine).join(crlf) + crlf;
}

/** The calendar as an HTTP response: a file to save, or a feed for calendar programs to subscribe to. */
export const icsResponse = (calendar: Calendar, filename: string): Response =>
	new Response(icsCalendar(calendar), {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'public, max-age=300'
		}
	});
