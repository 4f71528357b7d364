// The surveys pages' words for statuses, question types and condition tests.
import * as m from '#lib/paraglide/messages.js';
import type { SurveyStatus } from '#lib/surveys/status.js';
import type { QuestionType } from '#lib/surveys/definition.js';

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
