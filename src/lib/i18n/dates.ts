// Calendar dates ("YYYY-MM-DD", as events store them) in the reader's language. They name days, not
// instants: formatted in UTC, so a date never shifts with the server's or the reader's time zone.

const longDate = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });

const atMidnightUtc = (date: string) => new Date(`${date}T00:00:00Z`);

/** "12–14 March 2018", "12 mars 2018": a period of whole days, one date when it is a single day. */
export const formatDateRange = (startsOn: string, endsOn: string, locale: string): string =>
	longDate(locale).formatRange(atMidnightUtc(startsOn), atMidnightUtc(endsOn));

/** "12 March 2018": one calendar date. */
export const formatDate = (date: string, locale: string): string =>
	longDate(locale).format(atMidnightUtc(date));
