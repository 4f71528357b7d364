// The home page's words and figures in the reader's language.
import type { Phase } from '../evaluation/values.js';
import * as m from '../paraglide/messages.js';

/** "Pre-test", "Follow-up after 90 days"… */
export function phaseLabel(phase: Phase, offsetDays: number): string {
	switch (phase) {
		case 'pre':
			return m.home_phase_pre();
		case 'post':
			return m.home_phase_post();
		case 'satisfaction':
			return m.home_phase_satisfaction();
		case 'follow_up':
			return m.home_phase_follow_up({ days: offsetDays });
	}
}

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
