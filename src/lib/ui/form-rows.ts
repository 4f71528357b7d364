// Repeated rows in a plain HTML form (partners, countries, quotas…): fields named "rows.0.field",
// "rows.1.field". A page shows the existing rows and a few blank ones; blank rows mean nothing.

/** The rows under `name`, in index order, without the rows left entirely blank. */
export function rowsOf(values: Record<string, unknown>, name: string): Record<string, string>[] {
	const rows = new Map<number, Record<string, string>>();
	const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.(.+)$`);
	for (const [key, value] of Object.entries(values)) {
		const match = pattern.exec(key);
		if (!match || typeof value !== 'string') continue;
		const index = Number(match[1]);
		if (!rows.has(index)) rows.set(index, {});
		rows.get(index)![match[2]] = value;
	}
	return [...rows.entries()]
		.sort(([a], [b]) => a - b)
		.map(([, row]) => row)
		.filter((row) => Object.values(row).some((value) => value.trim() !== ''));
}

/** Rows as the flat fields a form shows: rows.0.field, rows.1.field… (null and undefined as blank). */
export function flatRows(name: string, rows: readonly Record<string, unknown>[]): Record<string, string> {
	return Object.fromEntries(
		rows.flatMap((row, index) =>
			Object.entries(row).map(([field, value]) => [
				`${name}.${index}.${field}`,
				value == null ? '' : String(value)
			])
		)
	);
}

/** How many rows of `name` the form values hold, filled or not (a form shows them, then blanks). */
export function rowCount(values: Record<string, unknown>, name: string): number {
	const prefix = `${name}.`;
	const indexes = Object.keys(values)
		.filter((key) => key.startsWith(prefix))
		.map((key) => Number(key.slice(prefix.length).split('.')[0]))
		.filter(Number.isInteger);
	return indexes.length === 0 ? 0 : Math.max(...indexes) + 1;
}
