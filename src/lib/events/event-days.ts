// The calendar days an event lasts ("YYYY-MM-DD"): the days its agenda may fill.

/** Every day from `startsOn` to `endsOn`, both included. */
export function eventDays(startsOn: string, endsOn: string): string[] {
	const days: string[] = [];
	for (let day = new Date(`${startsOn}T00:00:00Z`); ; day.setUTCDate(day.getUTCDate() + 1)) {
		const date = day.toISOString().slice(0, 10);
		if (date > endsOn) return days;
		days.push(date);
	}
}
