// The home page's words and figures in the reader's language.

const percentFormats = new Map<string, Intl.NumberFormat>();

/** "67 %", "٦٧٪": a share of the marks (0–100), whole, in the reader's language; "—" when none. */
export function formatPercent(value: number | null, locale: string): string {
	if (value === null) return '—';
	let format = percentFormats.get(locale);
	if (!format)
		percentFormats.set(
			locale,
			(format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }))
		);
	return format.format(value / 100);
}
