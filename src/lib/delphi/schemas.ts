// Validation of Delphi studies, shared by the forms, the API and the server. Error messages are
// message keys (see ui/field-errors.ts); that people, domains and events exist is checked by the domain.
import { z } from 'zod';
import {
	optional,
	DeclaredLanguagesSchema,
	optionalLocalized,
	requiredLocalized,
	text
} from '../validation/common.js';
import { minGroupSizes } from './group-feedback.js';
import { contentLocales } from '../i18n/localized.js';
import { consensusRuleFor, ConsensusRuleSchema } from './rule.js';

const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean());
const wholeNumber = (min: number, max: number) =>
	z.coerce
		.number({ error: 'invalid_number' })
		.int({ error: 'invalid_number' })
		.min(min, { error: 'invalid_number' })
		.max(max, { error: 'invalid_number' });
const day = z.iso.date({ error: 'invalid_date' });

export const delphiScales = ['nine', 'five'] as const;
export const delphiOutcomes = ['in', 'out', 'none'] as const;

/** A study's set-up; the rule must fit the scale (a median of 7 does not exist on 1–5). */
export const StudySchema = z
	.object({
		programmeId: z.uuid({ error: 'invalid_programme' }),
		title: requiredLocalized(300),
		topic: optionalLocalized(4000),
		languages: DeclaredLanguagesSchema.optional(),
		scale: z.enum(delphiScales, { error: 'invalid_choice' }),
		allowsUnableToRate: checkbox,
		roundsPlanned: wholeNumber(1, 5),
		rule: ConsensusRuleSchema,
		/** Fewest ratings a stakeholder group's figures may rest on when the panel sees them. */
		minGroupSize: z.coerce
			.number({ error: 'invalid_min_group_size' })
			.int({ error: 'invalid_min_group_size' })
			.min(minGroupSizes.least, { error: 'invalid_min_group_size' })
			.max(minGroupSizes.most, { error: 'invalid_min_group_size' })
			.default(minGroupSizes.usual)
	})
	.superRefine((study, context) => {
		const fitted = consensusRuleFor(study.scale).safeParse(study.rule);
		if (fitted.success) return;
		for (const issue of fitted.error.issues)
			context.addIssue({ code: 'custom', message: issue.message, path: ['rule', ...issue.path] });
	});

export const DomainSchema = z.object({ title: requiredLocalized(300) });

export const StatementSchema = z.object({
	domainId: z.uuid({ error: 'invalid_choice' }),
	text: requiredLocalized(2000)
});

export const PanellistsSchema = z.object({
	personIds: z
		.array(z.uuid({ error: 'invalid_choice' }))
		.min(1, { error: 'choose_people' })
		.max(500),
	stakeholderGroup: text(100).min(1, { error: 'required' }),
	language: z.enum(contentLocales, { error: 'invalid_choice' }).default('en')
});

/** A round runs from the start of its first day to the end of its last (UTC). */
export const RoundSchema = z
	.object({ opensOn: day, closesOn: day })
	.refine((round) => round.closesOn >= round.opensOn, { error: 'ends_before_start', path: ['closesOn'] });

/** The expert meeting's vote on a statement without consensus, recorded with its count. */
export const MeetingVoteSchema = z.object({
	statementId: z.uuid({ error: 'invalid_choice' }),
	eventId: optional(z.uuid({ error: 'invalid_choice' })),
	heldOn: day,
	votesFor: wholeNumber(0, 10_000),
	votesAgainst: wholeNumber(0, 10_000),
	abstentions: wholeNumber(0, 10_000).default(0),
	outcome: z.enum(delphiOutcomes, { error: 'invalid_choice' }),
	note: optional(text(2000))
});

/** One statement's answer on a panellist's page: a point of the scale, "unable to rate", or nothing yet. */
export const AnswerSchema = z.object({
	statementId: z.uuid({ error: 'invalid_choice' }),
	/** Whether the number is on the study's scale is checked by the domain, beside the statement. */
	rating: z.union([z.literal('unable'), z.literal(''), wholeNumber(-1000, 1000)]).optional(),
	comment: optional(text(4000))
});

export const PanelRoundSchema = z.object({
	answers: z.array(AnswerSchema).max(2000),
	suggestions: optional(text(4000)),
	submit: z.boolean()
});
export type PanelRoundInput = z.infer<typeof PanelRoundSchema>;
