// What a survey asks: sections of questions, each with labels in several languages, a type, its
// constraints and a condition on earlier answers. Stored as one JSON document per survey (the
// builder rewrites it; a response keeps the answers by question name), and shared by the builder,
// the respondent page, the server's validation of answers, results and XLSForm.
import { z } from 'zod';
import { optionalLocalized, requiredLocalized } from '../validation/common.js';
import { patternProblem } from './pattern.js';
import { choiceTypes, conditionOperators, questionTypes, scoredTypes } from './question-types.js';

// The question kinds live apart so pages can have them without these schemas; here for the server.
export {
	choiceTypes,
	conditionOperators,
	freeTextTypes,
	otherAnswerName,
	otherValue,
	questionsOf,
	questionTypes,
	scoredTypes,
	type QuestionType
} from './question-types.js';

/** A name that stays the same across languages and versions: the column in exports, the XLSForm name. */
const NameSchema = z
	.string({ error: 'invalid_name' })
	.trim()
	.regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, { error: 'invalid_name' });
const ChoiceValueSchema = z
	.string({ error: 'invalid_choice_value' })
	.trim()
	.regex(/^[A-Za-z0-9_.-]{1,64}$/, { error: 'invalid_choice_value' });

export const ChoiceSchema = z.object({ value: ChoiceValueSchema, label: requiredLocalized(500) });
export type Choice = z.infer<typeof ChoiceSchema>;

export const ConditionSchema = z.object({
	question: NameSchema,
	operator: z.enum(conditionOperators, { error: 'invalid_choice' }),
	/** Compared with the answer; not used by `answered`. */
	value: z.string().trim().max(200).optional()
});
export type Condition = z.infer<typeof ConditionSchema>;

const bound = z.number({ error: 'invalid_number' }).finite({ error: 'invalid_number' });

export const ConstraintSchema = z.object({
	min: bound.optional(),
	max: bound.optional(),
	minLength: z.number().int().min(0).max(100_000).optional(),
	maxLength: z.number().int().min(1).max(100_000).optional(),
	/** A regular expression the whole answer must match (JavaScript syntax, no flags; run by RE2). */
	pattern: z
		.string()
		.max(500)
		.superRefine((source, context) => {
			const problem = patternProblem(source);
			if (problem) context.addIssue({ code: 'custom', message: problem });
		})
		.optional(),
	/** Shown when the answer breaks the constraint; otherwise a message per broken rule. */
	message: optionalLocalized(500)
});
export type Constraint = z.infer<typeof ConstraintSchema>;

/** Where a question's right answer is wrong for its type; the problem's message key, or none. */
function correctProblem(question: {
	type: string;
	choices: Choice[];
	correct?: string | number | string[];
}): string | undefined {
	const { type, correct } = question;
	if (correct === undefined) return undefined;
	const values = question.type === 'yes_no' ? ['yes', 'no'] : question.choices.map((choice) => choice.value);
	if (type === 'number') return typeof correct === 'number' ? undefined : 'invalid_number';
	if (type === 'multiple_choice') {
		const list = Array.isArray(correct) ? correct : [correct];
		if (typeof correct === 'number' || list.length === 0) return 'correct_required';
		return list.every((value) => values.includes(String(value))) ? undefined : 'correct_not_a_choice';
	}
	if (Array.isArray(correct))
		return correct.length === 1 && values.includes(correct[0]) ? undefined : 'one_correct_answer';
	return values.includes(String(correct)) ? undefined : 'correct_not_a_choice';
}

/** A question's parts; `QuestionSchema` checks them together. */
const QuestionFieldsSchema = z.object({
	name: NameSchema,
	type: z.enum(questionTypes, { error: 'invalid_choice' }),
	label: requiredLocalized(2000),
	help: optionalLocalized(2000),
	required: z.boolean().default(false),
	/** single_choice, multiple_choice: the options; matrix: the columns every row offers. */
	choices: z.array(ChoiceSchema).max(200).default([]),
	/** single_choice, multiple_choice: an "other" option with a text. */
	allowOther: z.boolean().default(false),
	/** matrix: its rows, each answered with one of the choices. */
	rows: z.array(ChoiceSchema).max(100).default([]),
	/** rating: the scale's end points (a Likert scale is a rating from 1 to 5 with labelled ends). */
	scale: z
		.object({
			min: z.number().int().min(0).max(10),
			max: z.number().int().min(1).max(10),
			minLabel: optionalLocalized(200),
			maxLabel: optionalLocalized(200)
		})
		.refine((scale) => scale.min < scale.max, { error: 'invalid_scale' })
		.optional(),
	constraint: ConstraintSchema.optional(),
	/** Asked only when every condition holds on earlier answers (XLSForm `relevant`). */
	showIf: z.array(ConditionSchema).max(10).default([]),
	/**
	 * Knowledge tests (a survey with marked questions is a test): what a right answer earns. Only
	 * `scoredTypes` take marks, always with `correct`.
	 */
	marks: z.number({ error: 'invalid_number' }).positive({ error: 'invalid_number' }).max(1000).optional(),
	/**
	 * The right answer: a choice's value (yes_no: 'yes' or 'no'), every right value of a multiple
	 * choice (all of them and no other earn the marks), or a number (right within `tolerance`).
	 */
	correct: z
		.union([z.string().trim().max(64), z.number().finite(), z.array(z.string().trim().max(64)).max(200)])
		.optional(),
	/** number: how far from `correct` an answer may be and still be right (0: exactly). */
	tolerance: z.number({ error: 'invalid_number' }).min(0, { error: 'invalid_number' }).finite().optional(),
	/** The package module the question tests, a free tag that groups the scores. */
	module: z.string().trim().max(100, { error: 'too_long' }).optional()
});

export const QuestionSchema = QuestionFieldsSchema.superRefine((question, context) => {
	const refuse = (field: 'marks' | 'correct' | 'tolerance', message: string) =>
		context.addIssue({ code: 'custom', message, path: [field] });
	if (question.marks === undefined && question.correct === undefined) return;
	if (!scoredTypes.includes(question.type)) return refuse('marks', 'not_scorable');
	if (question.marks === undefined) refuse('marks', 'marks_required');
	if (question.correct === undefined) return refuse('correct', 'correct_required');
	const problem = correctProblem(question);
	if (problem) refuse('correct', problem);
	if (question.tolerance !== undefined && question.type !== 'number')
		refuse('tolerance', 'tolerance_numbers_only');
});
export type Question = z.infer<typeof QuestionSchema>;

export const SectionSchema = z.object({
	name: NameSchema,
	title: optionalLocalized(500),
	questions: z.array(QuestionSchema).max(500)
});
export type Section = z.infer<typeof SectionSchema>;

/**
 * A whole survey. Names are unique; choice questions have choices, matrices rows; conditions refer
 * to questions asked earlier (so a respondent page can be answered top to bottom without script).
 */
export const SurveyDefinitionSchema = z
	.object({ sections: z.array(SectionSchema).max(100) })
	.superRefine((definition, context) => {
		const seen = new Map<string, Question>();
		const sectionNames = new Set<string>();
		definition.sections.forEach((section, s) => {
			if (sectionNames.has(section.name))
				context.addIssue({ code: 'custom', message: 'duplicate_name', path: ['sections', s, 'name'] });
			sectionNames.add(section.name);
			section.questions.forEach((question, q) => {
				const path = ['sections', s, 'questions', q];
				if (seen.has(question.name))
					context.addIssue({ code: 'custom', message: 'duplicate_name', path: [...path, 'name'] });
				if (choiceTypes.includes(question.type) && question.choices.length === 0)
					context.addIssue({ code: 'custom', message: 'choices_required', path: [...path, 'choices'] });
				if (question.type === 'matrix' && question.rows.length === 0)
					context.addIssue({ code: 'custom', message: 'rows_required', path: [...path, 'rows'] });
				const values = question.choices.map((choice) => choice.value);
				if (new Set(values).size !== values.length)
					context.addIssue({ code: 'custom', message: 'duplicate_choice', path: [...path, 'choices'] });
				question.showIf.forEach((condition, c) => {
					if (!seen.has(condition.question))
						context.addIssue({
							code: 'custom',
							message: 'condition_on_later_question',
							path: [...path, 'showIf', c]
						});
				});
				seen.set(question.name, question);
			});
		});
	});
export type SurveyDefinition = z.infer<typeof SurveyDefinitionSchema>;

/**
 * One answer: text, a date (YYYY-MM-DD), an email, a choice value, a country code, 'yes'/'no' as
 * strings; a number or rating as a number; several choices as a list; a matrix as row → choice.
 */
export type AnswerValue = string | number | string[] | Record<string, string>;
export type Answers = Record<string, AnswerValue>;
