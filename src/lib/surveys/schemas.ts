// Validation of surveys' settings, the builder's forms and distribution, shared by the forms and the
// server. Error messages are message keys (see ui/field-errors.ts). The questions themselves are
// validated by the definition's own schemas (definition.ts); the builder's forms arrive flat
// ("label.en", "choices.0.value") and `questionInput` turns them into a question.
import { z } from 'zod';
import {
	ContentLanguageSchema,
	CountryCodeSchema,
	DeclaredLanguagesSchema,
	optional,
	optionalLocalized,
	requiredLocalized,
	text
} from '../validation/common.js';
import { interfaceLocales, isContentLanguage, type ContentLocale } from '../i18n/content-languages.js';
import { defaultRatingScale, scoredTypes, type QuestionType } from './question-types.js';
import { rowsOf } from '../ui/form-rows.js';
import { instantOf, isTimeZone } from '../events/time-zone.js';
import { SurveyDefinitionSchema } from './definition.js';

export const SurveyCreateSchema = z.object({
	programmeId: z.uuid({ error: 'invalid_choice' }),
	title: requiredLocalized(300),
	languages: DeclaredLanguagesSchema,
	definition: SurveyDefinitionSchema.default({ sections: [] })
});

export const SurveyUpdateSchema = z.object({
	title: requiredLocalized(300),
	introduction: optionalLocalized(4000),
	languages: DeclaredLanguagesSchema,
	/** Left as it is when not given. */
	wordsFallback: z.enum(interfaceLocales, { error: 'invalid_choice' }).optional()
});

/** A section's name and title, as the builder's section form sends them. */
export const SectionInputSchema = z.object({
	name: z
		.string({ error: 'invalid_name' })
		.trim()
		.regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, { error: 'invalid_name' }),
	title: optionalLocalized(500)
});

type Flat = Record<string, unknown>;
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
/** The texts of "name.<tag>" fields, for every language of the catalogue the form has a field in. */
const localizedOf = (values: Flat, name: string) =>
	Object.fromEntries(
		Object.keys(values).flatMap((key) => {
			const tag = key.slice(name.length + 1);
			return key.startsWith(`${name}.`) && isContentLanguage(tag) ? [[tag, str(values[key])]] : [];
		})
	);
/** A number field: blank is "none"; anything else is kept as typed, so a bad number is refused, not dropped. */
const numberOf = (value: unknown): number | undefined | string => {
	const typed = str(value).trim();
	if (typed === '') return undefined;
	const number = Number(typed);
	return Number.isFinite(number) ? number : typed;
};
const ticked = (value: unknown) => value === 'yes' || value === 'on' || value === 'true' || value === true;
const choiceRows = (values: Flat, name: string) =>
	rowsOf(values, name).map((row) => ({
		value: str(row.value),
		label: Object.fromEntries(
			Object.entries(row).flatMap(([tag, text]) => (isContentLanguage(tag) ? [[tag, str(text)]] : []))
		)
	}));

/**
 * A knowledge test's fields: "marks", "tolerance", "module", the right answer as ticked choices
 * ("correct", a list) and as typed ("correctText": values separated by spaces, or a number). Nothing
 * when the type cannot be marked and nothing is filled in; otherwise kept, so the schema refuses it.
 */
function scoringInput(values: Flat, type: string) {
	const typed = str(values.correctText).trim();
	const ticked = [...(Array.isArray(values.correct) ? values.correct.map(str) : []), ...typed.split(/\s+/)];
	const chosen = [...new Set(ticked.filter((value) => value !== ''))];
	const scoring = {
		marks: numberOf(values.marks),
		tolerance: numberOf(values.tolerance),
		module: str(values.module).trim() || undefined,
		correct:
			chosen.length === 0
				? undefined
				: type === 'number'
					? numberOf(typed)
					: type === 'multiple_choice' || chosen.length > 1
						? chosen
						: chosen[0]
	};
	const filled = scoring.marks !== undefined || scoring.correct !== undefined;
	if (!filled && !scoredTypes.includes(type as QuestionType)) return {};
	return filled ? scoring : { module: scoring.module, tolerance: scoring.tolerance };
}

/**
 * The question form's flat fields as a question: labels "label.en", choices and matrix rows as
 * "choices.N.value"/"choices.N.en", the scale as "scale.min", the constraint as "constraint.max",
 * conditions as "showIf.N.question". Parts the type does not use are left out, so that changing a
 * question's type does not keep choices it no longer shows.
 */
export function questionInput(values: Flat): Record<string, unknown> {
	const type = str(values.type);
	const withChoices = ['single_choice', 'multiple_choice', 'matrix'].includes(type);
	const constraint = {
		min: numberOf(values['constraint.min']),
		max: numberOf(values['constraint.max']),
		minLength: numberOf(values['constraint.minLength']),
		maxLength: numberOf(values['constraint.maxLength']),
		pattern: str(values['constraint.pattern']).trim() || undefined,
		message: localizedOf(values, 'constraint.message')
	};
	const hasConstraint =
		Object.entries(constraint).some(([key, value]) => key !== 'message' && value !== undefined) ||
		Object.values(constraint.message).some((message) => message.trim() !== '');
	return {
		name: str(values.name),
		type,
		label: localizedOf(values, 'label'),
		help: localizedOf(values, 'help'),
		required: ticked(values.required),
		choices: withChoices ? choiceRows(values, 'choices') : [],
		allowOther: ['single_choice', 'multiple_choice'].includes(type) && ticked(values.allowOther),
		rows: type === 'matrix' ? choiceRows(values, 'rows') : [],
		scale:
			type === 'rating'
				? {
						min: numberOf(values['scale.min']) ?? defaultRatingScale.min,
						max: numberOf(values['scale.max']) ?? defaultRatingScale.max,
						minLabel: localizedOf(values, 'scale.minLabel'),
						maxLabel: localizedOf(values, 'scale.maxLabel')
					}
				: undefined,
		constraint: hasConstraint ? constraint : undefined,
		showIf: rowsOf(values, 'showIf')
			.filter((row) => str(row.question).trim() !== '')
			.map((row) => ({
				question: str(row.question),
				operator: str(row.operator) || 'equals',
				value: str(row.value).trim() || undefined
			})),
		...scoringInput(values, type)
	};
}

/** What a datetime-local field sends: "YYYY-MM-DDTHH:mm", read in the chosen time zone. */
const wallClock = z
	.string({ error: 'invalid_date_time' })
	.regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, { error: 'invalid_date_time' });

/** When a survey takes answers: from `opensAt` (none: a draft) until `closesAt` (none: open-ended). */
export const SurveyScheduleSchema = z
	.object({
		timeZone: z
			.string({ error: 'invalid_time_zone' })
			.trim()
			.refine(isTimeZone, { error: 'invalid_time_zone' })
			.default('UTC'),
		opensAt: optional(wallClock),
		closesAt: optional(wallClock)
	})
	.transform(({ timeZone, opensAt, closesAt }) => ({
		timeZone,
		opensAt: opensAt ? instantOf(opensAt, timeZone) : null,
		closesAt: closesAt ? instantOf(closesAt, timeZone) : null
	}))
	.superRefine((schedule, context) => {
		if (schedule.closesAt && !schedule.opensAt)
			context.addIssue({ code: 'custom', message: 'opens_at_required', path: ['opensAt'] });
		if (schedule.opensAt && schedule.closesAt && schedule.closesAt <= schedule.opensAt)
			context.addIssue({ code: 'custom', message: 'closes_before_opening', path: ['closesAt'] });
	});

export const InvitationSchema = z.object({
	name: optional(text(200)),
	email: z.email({ error: 'invalid_email' }).max(320, { error: 'too_long' }),
	groupLabel: text(100).default(''),
	countryCode: optional(CountryCodeSchema),
	language: ContentLanguageSchema
});
type InvitationInput = z.output<typeof InvitationSchema>;

/** At most this many invitations are added at once (a pasted list; more goes in several pastes). */
export const maxInvitationsPerPaste = 2000;

/**
 * Invitations pasted one per line: "name, email, group, country" (a fifth column may name the
 * language; otherwise `language`, the form's choice). A line may be just an email. Tabs count as
 * commas, so a spreadsheet's rows paste as they are. Errors name their line ("lines.3").
 */
export function parseInvitationLines(
	pasted: string,
	language: ContentLocale
): { invitations: (InvitationInput & { line: number })[]; errors: Record<string, string[]> } {
	const invitations: (InvitationInput & { line: number })[] = [];
	const errors: Record<string, string[]> = {};
	const lines = pasted.split(/\r?\n/);
	if (lines.filter((line) => line.trim() !== '').length > maxInvitationsPerPaste)
		return { invitations: [], errors: { invitations: ['too_many'] } };
	lines.forEach((line, index) => {
		if (line.trim() === '') return;
		const cells = line.split(/[,\t;]/).map((cell) => cell.trim());
		// A line of only an email address is someone whose name we do not know.
		const [name, email, groupLabel, countryCode, lineLanguage] = cells.length === 1 ? ['', cells[0]] : cells;
		const parsed = InvitationSchema.safeParse({
			name,
			email,
			groupLabel: groupLabel ?? '',
			countryCode,
			language: lineLanguage?.toLowerCase() || language
		});
		if (parsed.success) invitations.push({ ...parsed.data, line: index + 1 });
		else errors[`lines.${index + 1}`] = [...new Set(parsed.error.issues.map((issue) => issue.message))];
	});
	if (invitations.length === 0 && Object.keys(errors).length === 0) errors.invitations = ['required'];
	return { invitations, errors };
}
