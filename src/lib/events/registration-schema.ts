// Validation of the public registration form and of an organiser's decision on a registration.
// Error messages are message keys (see ui/field-errors.ts); that the country exists, that the email
// is not registered yet and that registration is open are checked by the domain.
import { z } from 'zod';
import { CountryCodeSchema, optional, text } from '../validation/common.js';
import { professionValues } from '../directory/values.js';
import { participantCategoryValues } from './values.js';

export const RegistrationSchema = z.object({
	fullName: text(200).min(1, { error: 'required' }),
	email: text(254)
		.min(1, { error: 'required' })
		.toLowerCase()
		.pipe(z.email({ error: 'invalid_email' })),
	countryCode: CountryCodeSchema,
	profession: z.enum(professionValues, { error: 'invalid_choice' }),
	category: z.enum(participantCategoryValues, { error: 'invalid_choice' }),
	organisationName: optional(text(300))
});

/** Why an organiser declines a registration; each is a message the registrant reads in their language. */
export const declineReasonValues = ['not_eligible', 'places_allocated', 'other'] as const;
export type DeclineReason = (typeof declineReasonValues)[number];

/** Why a registration waits for a place (set by MHub, never typed). */
export const waitlistReasonValues = ['capacity_full', 'country_quota_full', 'category_quota_full'] as const;
export type WaitlistReason = (typeof waitlistReasonValues)[number];

export const decisionValues = ['approve', 'decline', 'cancel'] as const;
export type Decision = (typeof decisionValues)[number];

export const DecisionSchema = z.object({
	decision: z.enum(decisionValues, { error: 'invalid_choice' }),
	/** Only for a decline; none given reads as "other". */
	reason: optional(z.enum(declineReasonValues, { error: 'invalid_choice' }))
});
