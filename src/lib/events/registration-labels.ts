// Registration's closed lists and outcomes in the reader's language (or a registrant's, for mail).
import * as m from '../paraglide/messages.js';
import type { DeclineReason, WaitlistReason } from './registration-schema.js';
import type { ParticipantCategory, RegistrationStatus } from './values.js';

type Locale = 'en' | 'fr' | 'ar';
type Message = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

export const participantCategoryLabel: Record<ParticipantCategory, Message> = {
	academic: m.registration_category_academic,
	researcher: m.registration_category_researcher,
	student: m.registration_category_student,
	institution: m.registration_category_institution,
	social_worker: m.registration_category_social_worker,
	international_organisation: m.registration_category_international_organisation,
	civil_society: m.registration_category_civil_society,
	focal_point: m.registration_category_focal_point
};

/** Why a registration waits or was declined, as the end of "Reason: …". */
export const registrationReasonLabel: Record<WaitlistReason | DeclineReason, Message> = {
	capacity_full: m.registration_reason_capacity_full,
	country_quota_full: m.registration_reason_country_quota_full,
	category_quota_full: m.registration_reason_category_quota_full,
	not_eligible: m.registration_reason_not_eligible,
	places_allocated: m.registration_reason_places_allocated,
	other: m.registration_reason_other
};

/** What a status means to the registrant, in a sentence. */
export const registrationOutcomeText: Record<RegistrationStatus, Message> = {
	confirmed: m.registration_result_confirmed,
	pending: m.registration_result_pending,
	waitlisted: m.registration_result_waitlisted,
	declined: m.registration_result_declined,
	cancelled: m.registration_result_cancelled
};

/** "Reason: the places kept for your country are all taken."; '' for a reason unknown or absent. */
export function reasonSentence(reason: string | null, locale?: Locale): string {
	const label = reason ? registrationReasonLabel[reason as WaitlistReason | DeclineReason] : undefined;
	return label ? m.registration_reason({ reason: label({}, { locale }) }, { locale }) : '';
}
