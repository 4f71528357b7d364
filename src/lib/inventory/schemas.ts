// Validation of the inventory of existing training packages, its review criteria and reviews, and
// of experts taken from survey answers; shared by the forms and the server. Error messages are
// message keys (see ui/field-errors.ts).
import { z } from 'zod';
import { audienceValues } from '../curriculum/values.js';
import {
	CountryCodeSchema,
	LanguageCodeSchema,
	optional,
	optionalLocalized,
	requiredLocalized,
	setOf,
	text
} from '../validation/common.js';
import { expertiseValues, professionValues } from '../directory/values.js';

export const packageFormatValues = ['face_to_face', 'online', 'blended', 'self_study'] as const;
export type PackageFormat = (typeof packageFormatValues)[number];

/** A ticked checkbox sends "on"; an unticked one sends nothing. */
const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean());

const wholeNumber = (min: number, max: number) =>
	z.coerce
		.number({ error: 'invalid_number' })
		.int({ error: 'invalid_number' })
		.min(min, { error: 'invalid_number' })
		.max(max, { error: 'invalid_number' });

/** A list field that a single ticked checkbox sends as one string. */
const listOf = <S extends z.ZodType<string>>(item: S, max: number, error: string) =>
	z.preprocess((value) => (typeof value === 'string' ? [value] : value), setOf(item, max, error)).optional();

/** A package as the inventory keeps it; `programmeId` is fixed once created. */
export const PackageSchema = z.object({
	programmeId: z.uuid({ error: 'invalid_programme' }),
	title: text(300).min(1, { error: 'required' }),
	provider: optional(text(300)),
	topics: listOf(z.enum(expertiseValues, { error: 'invalid_choice' }), 20, 'invalid_choice'),
	audiences: listOf(z.enum(audienceValues, { error: 'invalid_choice' }), 10, 'invalid_choice'),
	languages: listOf(LanguageCodeSchema, 30, 'invalid_language'),
	format: optional(z.enum(packageFormatValues, { error: 'invalid_choice' })),
	durationHours: optional(wholeNumber(1, 10_000)),
	link: optional(z.httpUrl({ error: 'invalid_website' }).max(1000, { error: 'too_long' })),
	/** The user saw the likely duplicates and wants the package all the same. */
	createAnyway: checkbox.default(false)
});
export type PackageInput = z.infer<typeof PackageSchema>;

/** What reviewers score packages against. */
export const CriterionSchema = z.object({
	label: requiredLocalized(200),
	guidance: optionalLocalized(2000),
	maxScore: wholeNumber(1, 100)
});

/** A review as a form sends it: `score.<criterion id>` fields and a comment. */
export const ReviewSchema = z.object({
	scores: z.record(z.uuid(), z.unknown()).default({}),
	comment: optional(text(4000))
});

/** Which question of a survey holds the expert's consent, and the person's record to create. */
export const ExpertFromResponseSchema = z.object({
	consentQuestion: z.string({ error: 'no_consent' }).trim().min(1, { error: 'no_consent' }),
	fullName: text(200).min(1, { error: 'required' }),
	email: optional(z.email({ error: 'invalid_email' }).toLowerCase().max(254, { error: 'too_long' })),
	organisationId: optional(z.uuid({ error: 'unknown_organisation' })),
	countryCodes: listOf(CountryCodeSchema, 30, 'invalid_country'),
	profession: z.enum(professionValues, { error: 'invalid_choice' }),
	expertise: listOf(z.enum(expertiseValues, { error: 'invalid_choice' }), 20, 'invalid_choice'),
	languages: listOf(LanguageCodeSchema, 20, 'invalid_language'),
	createAnyway: checkbox.default(false)
});
