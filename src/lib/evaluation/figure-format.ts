// How the evaluation's figures are written for a reader, on the results page and in the PDF report:
// numbers in the reader's language (never the machine's), null for a figure not shown.

export type ScoreUnit = 'marks' | 'percent';

export type FigureFormat = {
	/** Counts and figures, to two decimals at most. */
	number: Intl.NumberFormat;
	num: (value: number | null | undefined) => string | null;
	/** A share given in percent (72.5 → "72.5 %"). */
	pct: (value: number | null | undefined) => string | null;
	/** A p-value: two significant digits, "< 0.001" below. */
	pValue: (p: number | null | undefined) => string | null;
	/** A mean on a group's scale, with its share of the maximum when counted in marks. */
	score: (value: number | null | undefined, max: number, unit: ScoreUnit) => string | null;
	/** A spread (SD, median) on a group's scale: marks, or percent. */
	spread: (value: number | null | undefined, unit: ScoreUnit) => string | null;
};

export function figureFormat(locale: string): FigureFormat {
	const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
	const small = new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 });
	const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
	const shown = (value: number | null | undefined): value is number => value !== null && value !== undefined;
	const num = (value: number | null | undefined) => (shown(value) ? number.format(value) : null);
	const pct = (value: number | null | undefined) => (shown(value) ? percent.format(value / 100) : null);
	return {
		number,
		num,
		pct,
		pValue: (p) => (!shown(p) ? null : p < 0.001 ? `< ${number.format(0.001)}` : small.format(p)),
		score: (value, max, unit) =>
			!shown(value)
				? null
				: unit === 'marks'
					? `${number.format(value)} (${percent.format(value / max)})`
					: percent.format(value / 100),
		spread: (value, unit) => (unit === 'marks' ? num(value) : pct(value))
	};
}
