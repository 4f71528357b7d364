// The programmes' closed lists in the reader's language.
import * as m from '../paraglide/messages.js';
import type { ActivityKind, Participation } from './values.js';

type Message = () => string;

export const participationLabel: Record<Participation, Message> = {
	pilot: m.programmes_participation_pilot,
	rollout: m.programmes_participation_rollout
};

export const activityKindLabel: Record<ActivityKind, Message> = {
	survey: m.programmes_activity_survey,
	delphi_study: m.programmes_activity_delphi_study,
	expert_meeting: m.programmes_activity_expert_meeting,
	training_of_trainers: m.programmes_activity_training_of_trainers,
	pilots: m.programmes_activity_pilots,
	rollout: m.programmes_activity_rollout,
	evaluation: m.programmes_activity_evaluation,
	dissemination: m.programmes_activity_dissemination,
	other: m.programmes_activity_other
};
