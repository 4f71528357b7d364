// Validation of evaluation plans, shared by the plan form, the API and the server. Error messages
// are message keys (see ui/field-errors.ts). That the instrument is a survey of the event's
// programme, and a test where the phase is scored, needs the database: the domain checks it.
import { z } from 'zod';
import { professionValues } from '../directory/values.js';
import { eventKindValues } from '../events/values.js';
import { CountryCodeSchema, optional, wallClock, whole, yesNo } from '../validation/common.js';
import { phaseValues, scoreEntryModeValues } from './values.js';

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
