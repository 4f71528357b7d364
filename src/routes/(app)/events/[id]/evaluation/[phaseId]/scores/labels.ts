// Words of the score pages: a phase's name, numbers and lists the reader's way.
import * as m from '#lib/paraglide/messages.js';
import type { Phase } from '#lib/evaluation/values.js';
import { counted } from '../../../participants/labels.js';

export { counted, listed } from '../../../participants/labels.js';

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
