// The names of the evaluation's closed lists in the interface language.
import * as m from '../paraglide/messages.js';
import type { Phase } from './values.js';

/** A phase's kind; follow-ups without their day. */
export const phaseLabel: Record<Phase, () => string> = {
	pre: m.evaluation_phase_pre,
	post: m.evaluation_phase_post,
	satisfaction: m.evaluation_phase_satisfaction,
	follow_up: m.evaluation_phase_follow_up_any
};

/** A phase of a plan by name: "Post-test", "Follow-up after 90 days". */
export const phaseName = (phase: { phase: Phase; offsetDays: number }): string =>
	phase.phase === 'follow_up'
		? m.evaluation_phase_follow_up({ days: phase.offsetDays })
		: phaseLabel[phase.phase]();
