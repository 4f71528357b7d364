// The surveys pages' words for statuses, question types and condition tests.
import * as m from '#lib/paraglide/messages.js';
import type { SurveyStatus } from '#lib/surveys/status.js';
import type { QuestionType } from '#lib/surveys/definition.js';
import { fieldErrorMessage } from '#lib/ui/field-errors.js';

export const statusLabel: Record<SurveyStatus, () => string> = {
	draft: m.surveys_status_draft,
	scheduled: m.surveys_status_scheduled,
	open: m.surveys_status_open,
	closed: m.surveys_status_closed
};

export const typeLabel: Record<QuestionType, () => string> = {
	short_text: m.surveys_type_short_text,
	long_text: m.surveys_type_long_text,
	number: m.surveys_type_number,
	date: m.surveys_type_date,
	email: m.surveys_type_email,
	single_choice: m.surveys_type_single_choice,
	multiple_choice: m.surveys_type_multiple_choice,
	rating: m.surveys_type_rating,
	matrix: m.surveys_type_matrix,
	country: m.surveys_type_country,
	yes_no: m.surveys_type_yes_no
};

export const operatorLabel = {
	equals: m.surveys_operator_equals,
	not_equals: m.surveys_operator_not_equals,
	includes: m.surveys_operator_includes,
	answered: m.surveys_operator_answered,
	greater_than: m.surveys_operator_greater_than,
	less_than: m.surveys_operator_less_than
};

/**
 * The surveys' own refusals in the reader's language; other keys as every form says them. (Until
 * these keys join the shared table in ui/field-errors.ts, the surveys pages read them here.)
 */
const surveyErrors: Record<string, () => string> = {
	languages_required: m.surveys_error_languages_required,
	invalid_name: m.surveys_error_invalid_name,
	invalid_choice_value: m.surveys_error_invalid_choice_value,
	duplicate_name: m.surveys_error_duplicate_name,
	duplicate_choice: m.surveys_error_duplicate_choice,
	choices_required: m.surveys_error_choices_required,
	rows_required: m.surveys_error_rows_required,
	condition_on_later_question: m.surveys_error_condition_on_later_question,
	invalid_pattern: m.surveys_error_invalid_pattern,
	invalid_scale: m.surveys_error_invalid_scale,
	name_has_answers: m.surveys_error_name_has_answers,
	type_has_answers: m.surveys_error_type_has_answers,
	choice_has_answers: m.surveys_error_choice_has_answers,
	row_has_answers: m.surveys_error_row_has_answers,
	question_has_answers: m.surveys_error_question_has_answers,
	question_in_condition: m.surveys_error_question_in_condition,
	section_not_empty: m.surveys_error_section_not_empty,
	opens_at_required: m.surveys_error_opens_at_required,
	closes_before_opening: m.surveys_error_closes_before_opening,
	survey_not_open: m.surveys_error_survey_not_open,
	survey_not_scheduled: m.surveys_error_survey_not_scheduled,
	language_not_offered: m.surveys_error_language_not_offered,
	programme_outside_scope: m.surveys_error_programme_outside_scope
};
export const surveyErrorMessage = (key: string): string => surveyErrors[key]?.() ?? fieldErrorMessage(key);
