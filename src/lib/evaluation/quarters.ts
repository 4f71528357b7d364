// Calendar quarters ("2026Q1"), the periods of the DHIS2 export: their dates and the quarters a
// span of dates covers.

export const quarterPattern = /^(\d{4})Q([1-4])$/;

/** The quarter a date ("2026-05-31") falls in: "2026Q2". */
export function quarterOf(date: string): string {
	const [year, month] = date.split('-').map(Number);
	return `${year}Q${Math.ceil(month / 3)}`;
}

/** The first day of a quarter: "2026Q2" → "2026-04-01". */
export function quarterStart(quarter: string): string {
	const [, year, number] = quarterPattern.exec(quarter) ?? [];
	if (!year) throw new RangeError(`not a quarter: ${quarter}`);
	return `${year}-${String(3 * Number(number) - 2).padStart(2, '0')}-01`;
}

/** The last day of a quarter: "2026Q2" → "2026-06-30". */
export function quarterEnd(quarter: string): string {
	const [, year, number] = quarterPattern.exec(quarter) ?? [];
	if (!year) throw new RangeError(`not a quarter: ${quarter}`);
	return new Date(Date.UTC(Number(year), 3 * Number(number), 0)).toISOString().slice(0, 10);
}

/** Every quarter from the one holding `first` to the one holding `last` (dates), in order. */
export function quartersBetween(first: string, last: string): string[] {
	const index = (quarter: string) => {
		const [, year, number] = quarterPattern.exec(quarter)!;
		return Number(year) * 4 + Number(number) - 1;
	};
	const quarters: string[] = [];
	for (let at = index(quarterOf(first)); at <= index(quarterOf(last)); at++)
		quarters.push(`${Math.floor(at / 4)}Q${(at % 4) + 1}`);
	return quarters;
}
