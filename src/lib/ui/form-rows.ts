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

/** Rows as the flat fields a form shows, followed by `blank` empty rows to fill in. */
export function rowFields(
	name: string,
	rows: readonly Record<string, string | number | null | undefined>[],
	blank: number
): { index: number; values: Record<string, string> }[] {
	const shown = rows.map((row, index) => ({
		index,
		values: Object.fromEntries(
			Object.entries(row).map(([key, value]) => [key, value == null ? '' : String(value)])
		)
	}));
	for (let i = 0; i < blank; i += 1) shown.push({ index: rows.length + i, values: {} });
	return shown;
}
