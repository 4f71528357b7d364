// Dates and times in the reader's language. Calendar dates ("YYYY-MM-DD", as events store them) name
// days, not instants: they are formatted in UTC, so a date never shifts with the server's or the
// reader's time zone. Times of day are shown on the venue's clocks (its IANA time zone).

const inUtc = { timeZone: 'UTC' } as const;

/** Formatters are costly to build and pages format thousands of dates: one per language and style. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale} ${JSON.stringify(options)}`;
	let found = formatters.get(key);
	if (!found) formatters.set(key, (found = new Intl.DateTimeFormat(locale, options)));
	return found;
}

const longDate = (locale: string) => formatter(locale, { dateStyle: 'long', ...inUtc });

const atMidnightUtc = (date: string) => new Date(`${date}T00:00:00Z`);

/** "12–14 March 2018", "12 mars 2018": a period of whole days, one date when it is a single day. */
export const formatDateRange = (startsOn: string, endsOn: string, locale: string): string =>
	longDate(locale).formatRange(atMidnightUtc(startsOn), atMidnightUtc(endsOn));

/** "12 March 2018": a calendar date, or the day (in UTC) of an instant. */
export const formatDate = (date: string | Date, locale: string): string =>
	longDate(locale).format(typeof date === 'string' ? atMidnightUtc(date) : date);

/** A day of an event: "Mon 12 Mar" (short) or "Monday 12 March 2018" (full). */
export const formatDay = (date: string, locale: string, style: 'short' | 'full'): string =>
	formatter(
		locale,
		style === 'full'
			? { dateStyle: 'full', ...inUtc }
			: { weekday: 'short', day: 'numeric', month: 'short', ...inUtc }
	).format(atMidnightUtc(date));

/** "09:00–10:30" on the clocks of `timeZone`. */
export const formatTimeRange = (startsAt: Date, endsAt: Date, timeZone: string, locale: string): string =>
	formatter(locale, {
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone
	}).formatRange(startsAt, endsAt);

/** "May 2018": the month of a calendar date. */
export const formatMonth = (date: string, locale: string): string =>
	formatter(locale, { month: 'long', year: 'numeric', ...inUtc }).format(atMidnightUtc(date));

/** "12 March 2018 at 17:00": an instant on the clocks of `timeZone`. */
export const formatDateTime = (instant: Date, timeZone: string, locale: string): string =>
	formatter(locale, { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23', timeZone }).format(instant);
