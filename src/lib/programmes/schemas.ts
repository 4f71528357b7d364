// Validation of programmes, shared by the form and the server. Error messages are message keys
// (see ui/field-errors.ts); that organisations and countries exist is checked by the domain.
import { z } from 'zod';
import {
	CountryCodeSchema,
	optional,
	DeclaredLanguagesSchema,
	optionalLocalized,
	requiredLocalized,
	text
} from '../validation/common.js';
import { professionValues } from '../directory/values.js';
import { participationValues } from './values.js';

const organisationId = z.uuid({ error: 'unknown_organisation' });
const isoDate = z.iso.date({ error: 'invalid_date' });
/** A whole number from a form field or JSON. */
const count = (min: number) =>
	z.coerce
		.number({ error: 'invalid_number' })
		.int({ error: 'invalid_number' })
		.min(min, { error: 'invalid_number' })
		.max(1_000_000, { error: 'invalid_number' });

const PartnerSchema = z.object({ organisationId, role: optionalLocalized(200) });

const CountrySchema = z.object({
	countryCode: CountryCodeSchema,
	participation: z.enum(participationValues, { error: 'invalid_choice' }),
	trainingsTarget: count(0).default(0)
});

const PeopleTargetSchema = z.object({
	countryCode: CountryCodeSchema,
	profession: z.enum(professionValues, { error: 'invalid_choice' }),
	people: count(1)
});

/** Each item's key must be unique in its list: the repeats are refused where they are. */
function uniqueBy<T>(key: (item: T) => string) {
	return (items: T[], context: z.RefinementCtx) => {
		const seen = new Set<string>();
		items.forEach((item, index) => {
			if (seen.has(key(item))) context.addIssue({ code: 'custom', message: 'duplicate_row', path: [index] });
			seen.add(key(item));
		});
	};
}

export const ProgrammeSchema = z
	.object({
		name: requiredLocalized(300),
		acronym: optional(text(40)),
		funderId: optional(organisationId),
		coordinatorId: optional(organisationId),
		technicalLeadId: optional(organisationId),
		startsOn: isoDate,
		endsOn: isoDate,
		objectives: optionalLocalized(4000),
		/** Absent: unchanged (a new programme gets the column's default). */
		languages: DeclaredLanguagesSchema.optional(),
		sdgs: z
			.array(z.coerce.number({ error: 'invalid_choice' }).int().min(1).max(17), { error: 'invalid_choice' })
			.max(17, { error: 'too_many' })
			.transform((values) => [...new Set(values)].sort((a, b) => a - b))
			.default([]),
		contactName: optional(text(200)),
		contactEmail: optional(z.email({ error: 'invalid_email' }).toLowerCase().max(254, { error: 'too_long' })),
		partners: z
			.array(PartnerSchema)
			.max(50, { error: 'too_many' })
			.superRefine(uniqueBy((p) => p.organisationId))
			.default([]),
		countries: z
			.array(CountrySchema)
			.max(60, { error: 'too_many' })
			.superRefine(uniqueBy((c) => c.countryCode))
			.default([]),
		peopleTargets: z
			.array(PeopleTargetSchema)
			.max(600, { error: 'too_many' })
			.superRefine(uniqueBy((t) => `${t.countryCode} ${t.profession}`))
			.default([])
	})
	.superRefine((programme, context) => {
		if (programme.endsOn < programme.startsOn) {
			context.addIssue({ code: 'custom', message: 'ends_before_start', path: ['endsOn'] });
		}
		const countries = new Set(programme.countries.map((c) => c.countryCode));
		programme.peopleTargets.forEach((target, index) => {
			if (!countries.has(target.countryCode)) {
				context.addIssue({
					code: 'custom',
					message: 'country_not_in_programme',
					path: ['peopleTargets', index, 'countryCode']
				});
			}
		});
	});
export type ProgrammeInput = z.infer<typeof ProgrammeSchema>;
