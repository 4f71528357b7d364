// Words of the score pages: a phase's name and a result as the reader writes numbers.
import * as m from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import type { Phase } from '#lib/evaluation/values.js';

export function phaseName(phase: { phase: Phase; offsetDays: number }): string {
	switch (phase.phase) {
		case 'pre':
			return m.evaluation_phase_pre();
		case 'post':
			return m.evaluation_phase_post();
		case 'satisfaction':
			return m.evaluation_phase_satisfaction();
		case 'follow_up':
			return m.evaluation_phase_follow_up({ days: counted(phase.offsetDays) });
	}
}

/** A number written the reader's way (1,5 in French). */
export const counted = (value: number): string => new Intl.NumberFormat(getLocale()).format(value);

/** Items as the reader's language lists them. */
export const listed = (items: readonly string[]): string =>
	new Intl.ListFormat(getLocale(), { type: 'conjunction' }).format(items);
