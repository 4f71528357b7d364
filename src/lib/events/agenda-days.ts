// An agenda as its readers go through it: day by day, at the clock times of the event's place.
import { dayAndTime } from './time-zone.js';

export type AgendaDay<T> = { day: string; items: (T & { from: string; to: string })[] };

/** Items (in time order) grouped by their day in `timeZone`, each with its start and end as "HH:mm". */
export function agendaDays<T extends { startsAt: Date; endsAt: Date }>(
	items: readonly T[],
	timeZone: string
): AgendaDay<T>[] {
	const days: AgendaDay<T>[] = [];
	for (const item of items) {
		const start = dayAndTime(item.startsAt, timeZone);
		const entry = { ...item, from: start.time, to: dayAndTime(item.endsAt, timeZone).time };
		const last = days.at(-1);
		if (last?.day === start.day) last.items.push(entry);
		else days.push({ day: start.day, items: [entry] });
	}
	return days;
}
