// The names of the evaluation's closed lists in the interface language.
import * as m from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';
import type { AdxMeasure, Phase } from './values.js';

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
		? m.evaluation_phase_follow_up({ days: new Intl.NumberFormat(getLocale()).format(phase.offsetDays) })
		: phaseLabel[phase.phase]();

/** A figure of the DHIS2 export. */
export const adxMeasureLabel: Record<AdxMeasure, () => string> = {
	participants: m.evaluation_adx_measure_participants,
	certified: m.evaluation_adx_measure_certified,
	pre_tested: m.evaluation_adx_measure_pre_tested,
	post_tested: m.evaluation_adx_measure_post_tested,
	mean_pre_percent: m.evaluation_adx_measure_mean_pre_percent,
	mean_post_percent: m.evaluation_adx_measure_mean_post_percent,
	passed_post: m.evaluation_adx_measure_passed_post
};
