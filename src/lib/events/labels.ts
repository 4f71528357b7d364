// Events' closed lists in the reader's language.
import * as m from '../paraglide/messages.js';
import type { EventKind, RegistrationStatus } from './values.js';

type Message = () => string;

export const eventKindLabel: Record<EventKind, Message> = {
	training_of_trainers: m.events_kind_training_of_trainers,
	pilot_training: m.events_kind_pilot_training,
	rollout_training: m.events_kind_rollout_training,
	expert_meeting: m.events_kind_expert_meeting,
	regional_school: m.events_kind_regional_school,
	webinar: m.events_kind_webinar
};

export const registrationStatusLabel: Record<RegistrationStatus, Message> = {
	pending: m.events_status_pending,
	confirmed: m.events_status_confirmed,
	waitlisted: m.events_status_waitlisted,
	declined: m.events_status_declined,
	cancelled: m.events_status_cancelled
};
