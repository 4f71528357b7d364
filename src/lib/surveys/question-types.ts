// The kinds of questions a survey asks and how to walk them: what pages need in the browser. The
// schemas that validate a survey (definition.ts) stay on the server with the engine that checks
// their patterns (pattern.ts), so pages that show a survey's questions carry neither.
import type { Question, SurveyDefinition } from './definition.js';

export const questionTypes = [
	'short_text',
	'long_text',
	'number',
	'date',
	'email',
	'single_choice',
	'multiple_choice',
	'rating',
	'matrix',
	'country',
	'yes_no'
] as const;
export type QuestionType = (typeof questionTypes)[number];

/** Types answered by picking from the question's choices (a matrix: one choice per row). */
export const choiceTypes: readonly QuestionType[] = ['single_choice', 'multiple_choice', 'matrix'];
/** Types a knowledge test can mark: the answer is right or wrong against the question's `correct`. */
export const scoredTypes: readonly QuestionType[] = ['single_choice', 'multiple_choice', 'yes_no', 'number'];
/** Types whose answer is free text, which results list rather than count. */
export const freeTextTypes: readonly QuestionType[] = ['short_text', 'long_text', 'email'];

/** The value an "other" answer takes; its text is kept under `<name>_other`. */
export const otherValue = 'other';
export const otherAnswerName = (name: string) => `${name}_other`;

export const conditionOperators = [
	'equals',
	'not_equals',
	'includes',
	'answered',
	'greater_than',
	'less_than'
] as const;

/** The scale a rating without one uses. */
export const defaultRatingScale = { min: 1, max: 5 } as const;

/** Every point of a rating's scale (the default one when it has none), as answers hold them. */
export function ratingPoints({ min, max }: { min: number; max: number } = defaultRatingScale): string[] {
	return Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
}

/** Every question in order, across sections. */
export const questionsOf = (definition: SurveyDefinition): Question[] =>
	definition.sections.flatMap((section) => section.questions);
