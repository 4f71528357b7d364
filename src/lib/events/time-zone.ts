// Wall-clock times in an event's time zone (what organisers type and read) and the instants stored.
// Intl does the time-zone arithmetic, so the page and the server agree without a time-zone library.

/** Whether `zone` is a time zone this runtime knows (IANA names such as Europe/Athens, and UTC). */
export function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

/** Every IANA time zone this runtime knows, UTC first: the choices of a time-zone field. */
export const timeZoneChoices = (): string[] => ['UTC', ...Intl.supportedValuesOf('timeZone')];

const partsFormat = (zone: string) =>
	new Intl.DateTimeFormat('en-US', {
		timeZone: zone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	});

/** The wall-clock date and time in `zone` at `instant`, as "YYYY-MM-DDTHH:mm" (datetime-local). */
export function wallTime(instant: Date, zone: string): string {
	const parts = Object.fromEntries(
		partsFormat(zone)
			.formatToParts(instant)
			.map((part) => [part.type, part.value])
	);
	return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** How far `zone` is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, zone: string): number {
	const wall = wallTime(new Date(instant), zone);
	const seconds = new Date(instant).getUTCSeconds() * 1000 + new Date(instant).getUTCMilliseconds();
	return Date.parse(`${wall}:00Z`) + seconds - instant;
}

/**
 * The instant when the clocks of `zone` show `wall` ("YYYY-MM-DDTHH:mm"). A time shown twice when
 * the clocks go back is its earlier occurrence; one skipped when they go forward reads as just after.
 */
export function instantOf(wall: string, zone: string): Date {
	const asUtc = Date.parse(`${wall}:00Z`);
	const first = asUtc - offsetAt(asUtc, zone);
	const candidates = [first, asUtc - offsetAt(first, zone), asUtc - offsetAt(first - 3_600_000, zone)];
	const shown = candidates.filter((candidate) => wallTime(new Date(candidate), zone) === wall);
	return new Date(shown.length > 0 ? Math.min(...shown) : Math.max(...candidates));
}

/** The date ("YYYY-MM-DD") and time ("HH:mm") in `zone` at `instant`. */
export function dayAndTime(instant: Date, zone: string): { day: string; time: string } {
	const [day, time] = wallTime(instant, zone).split('T');
	return { day, time };
}
