// Validation of evaluation plans and of a programme's DHIS2 codes, shared by the plan form, the API and the server. Error messages
// are message keys (see ui/field-errors.ts). That the instrument is a survey of the event's
// programme, and a test where the phase is scored, needs the database: the domain checks it.
import { z } from 'zod';
import { professionValues } from '../directory/values.js';
import { eventKindValues } from '../events/values.js';
import { CountryCodeSchema, optional, text, wallClock, whole, yesNo } from '../validation/common.js';
import { adxMeasureValues, phaseValues, scoreEntryModeValues } from './values.js';

/** Follow-ups come this many days after the event at most (two years). */
export const maxFollowUpDays = 730;

/**
 * One phase of an event's plan. Windows are wall-clock times in the event's time zone; left blank,
 * the server proposes them from the agenda (a pre-test closes when the first session starts).
 */
export const PhaseInputSchema = z
	.object({
		phase: z.enum(phaseValues, { error: 'invalid_choice' }),
		surveyId: z.uuid({ error: 'required' }),
		offsetDays: optional(whole(1, maxFollowUpDays, 'invalid_follow_up_days')),
		opensAt: optional(wallClock),
		closesAt: optional(wallClock),
		passMarkPercent: optional(whole(0, 100, 'invalid_percent')),
		anonymous: yesNo
	})
	.superRefine((input, context) => {
		if (input.phase === 'follow_up' && input.offsetDays == null)
			context.addIssue({ code: 'custom', path: ['offsetDays'], message: 'required' });
		if (input.opensAt && input.closesAt && input.closesAt <= input.opensAt)
			context.addIssue({ code: 'custom', path: ['closesAt'], message: 'closes_before_opens' });
		if (input.anonymous && input.phase !== 'satisfaction')
			context.addIssue({ code: 'custom', path: ['anonymous'], message: 'anonymous_satisfaction_only' });
	})
	.transform((input) => ({
		...input,
		offsetDays: input.phase === 'follow_up' ? (input.offsetDays ?? 0) : 0,
		passMarkPercent: input.phase === 'post' ? (input.passMarkPercent ?? null) : null
	}));
export type PhaseInput = z.output<typeof PhaseInputSchema>;

/** A programme dashboard's filters, as the page's GET form and the API send them; blank is "all". */
export const DashboardFiltersSchema = z
	.object({
		country: optional(CountryCodeSchema),
		profession: optional(z.enum(professionValues, { error: 'invalid_choice' })),
		packageVersion: optional(z.uuid({ error: 'invalid_choice' })),
		kind: optional(z.enum(eventKindValues, { error: 'invalid_choice' })),
		from: optional(z.iso.date({ error: 'invalid_date' })),
		to: optional(z.iso.date({ error: 'invalid_date' }))
	})
	.refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
		path: ['to'],
		message: 'ends_before_start'
	});
export type DashboardFilters = z.infer<typeof DashboardFiltersSchema>;

/** Publishing a programme's dashboard read-only to anyone, or withdrawing it. */
export const PublishDashboardSchema = z.object({ published: yesNo });
/** A cell of the score grid as typed: the domain reads it against the item's marks (marks.ts). */
const markText = z.string({ error: 'mark_not_a_number' }).max(32, { error: 'mark_not_a_number' });

/**
 * The score grid of one phase as its form sends it: `scores.<registration>.<item or total>` per
 * cell, and `attempts.<registration>`, the attempt the row was shown for (a retake of a failed
 * post-test is the next one): a row that changed meanwhile is refused rather than stored twice.
 */
export const ScoreEntrySchema = z.object({
	mode: z.enum(scoreEntryModeValues, { error: 'invalid_choice' }).default('items'),
	scores: z.record(z.uuid({ error: 'unknown_person' }), z.record(z.string().max(64), markText)).default({}),
	attempts: z.record(z.uuid({ error: 'unknown_person' }), whole(1, 99, 'invalid_number')).default({})
});
export type ScoreEntryInput = z.output<typeof ScoreEntrySchema>;

/** A score file's template: its columns (marks per item, or a total) and its format. */
export const ScoreTemplateSchema = z.object({
	mode: z.enum(scoreEntryModeValues, { error: 'invalid_choice' }).default('items'),
	format: z.enum(['csv', 'xlsx'], { error: 'not_found' })
});
/** A code in a DHIS2 instance (data set, data element, org unit, category, option): at most 50 characters. */
const dhis2Code = optional(
	text(50).refine((value) => !/\p{Cc}/u.test(value), { error: 'control_characters' })
);

/** Every code of `codes` given twice, refused beside each of its fields after the first. */
function refuseRepeatedCodes(
	codes: Record<string, string | null | undefined>,
	field: string,
	context: z.RefinementCtx
): void {
	const seen = new Set<string>();
	for (const [key, code] of Object.entries(codes)) {
		if (!code) continue;
		if (seen.has(code)) context.addIssue({ code: 'custom', path: [field, key], message: 'duplicate_code' });
		seen.add(code);
	}
}

/** A code for each of `keys`, any left blank (other keys are dropped). */
const codesOf = <K extends string>(keys: readonly K[]) =>
	z.preprocess(
		(value) => value ?? {},
		z.object(Object.fromEntries(keys.map((key) => [key, dhis2Code])) as Record<K, typeof dhis2Code>)
	);

/** Entries with a code, the blank ones left out. */
const coded = <K extends string>(codes: Partial<Record<K, string | null | undefined>>) =>
	Object.fromEntries(Object.entries(codes).filter(([, code]) => code)) as Partial<Record<K, string>>;

/**
 * A programme's codes in its DHIS2 instance, for the ADX export. Any code may be left blank (the
 * export then refuses what needs it, listing it); a code given twice in one list, or profession
 * options without their category, is refused. That each country is the programme's and the category
 * code is an XML name is checked by the server.
 */
export const AdxMappingSchema = z
	.object({
		dataSet: dhis2Code,
		dataElements: codesOf(adxMeasureValues),
		orgUnits: z.record(CountryCodeSchema, dhis2Code).default({}),
		professionCategory: dhis2Code,
		professionOptions: codesOf(professionValues)
	})
	.superRefine((input, context) => {
		refuseRepeatedCodes(input.dataElements, 'dataElements', context);
		refuseRepeatedCodes(input.orgUnits, 'orgUnits', context);
		refuseRepeatedCodes(input.professionOptions, 'professionOptions', context);
		if (!input.professionCategory && Object.values(input.professionOptions).some(Boolean))
			context.addIssue({ code: 'custom', path: ['professionCategory'], message: 'required' });
	})
	.transform((input) => ({
		dataSet: input.dataSet ?? '',
		dataElements: coded(input.dataElements),
		orgUnits: coded(input.orgUnits) as Record<string, string>,
		professionCategory: input.professionCategory ?? null,
		professionOptions: coded(input.professionOptions)
	}));
export type AdxMappingInput = z.output<typeof AdxMappingSchema>;

const quarterCode = /^(19|20)\d{2}Q[1-4]$/;
const quarter = z.string({ error: 'invalid_quarter' }).trim().toUpperCase().regex(quarterCode, {
	error: 'invalid_quarter'
});

/** The quarters an ADX export covers, from–to inclusive ("2026Q1" to "2026Q4"). */
export const AdxPeriodSchema = z.object({ from: quarter, to: quarter }).refine(
	// Checked only between two quarters (zod runs it when a field failed too).
	(period) => !quarterCode.test(period.from) || !quarterCode.test(period.to) || period.from <= period.to,
	{ path: ['to'], error: 'quarters_reversed' }
);
export type AdxPeriodInput = z.output<typeof AdxPeriodSchema>;
