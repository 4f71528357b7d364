// An XLSForm problem in the reader's language: the import's own codes, and for a definition the
// model refused, the model's reason as the builder says it.
import * as m from '#lib/paraglide/messages.js';
import type { XlsFormProblem, XlsFormProblemCode } from '#lib/server/surveys/xlsform/problems.js';
import { fieldErrorMessage } from '#lib/ui/field-errors.js';

const problemText: Record<XlsFormProblemCode, () => string> = {
	not_xlsx: m.xlsform_problem_not_xlsx,
	no_survey_sheet: m.xlsform_problem_no_survey_sheet,
	missing_column: m.xlsform_problem_missing_column,
	missing_type: m.xlsform_problem_missing_type,
	unknown_list: m.xlsform_problem_unknown_list,
	duplicate_name: m.xlsform_problem_duplicate_name,
	invalid_name: m.xlsform_problem_invalid_name,
	invalid_choice_value: m.xlsform_problem_invalid_choice_value,
	duplicate_choice: m.xlsform_problem_duplicate_choice,
	too_many_choices: m.xlsform_problem_too_many_choices,
	unbalanced_group: m.xlsform_problem_unbalanced_group,
	no_questions: m.xlsform_problem_no_questions,
	invalid_definition: () => '',
	unsupported_type: m.xlsform_problem_unsupported_type,
	unsupported_repeat: m.xlsform_problem_unsupported_repeat,
	unsupported_relevant: m.xlsform_problem_unsupported_relevant,
	unsupported_constraint: m.xlsform_problem_unsupported_constraint,
	constraint_approximated: m.xlsform_problem_constraint_approximated,
	unsupported_required: m.xlsform_problem_unsupported_required,
	unsupported_language: m.xlsform_problem_unsupported_language,
	unsupported_column: m.xlsform_problem_unsupported_column,
	label_missing: m.xlsform_problem_label_missing,
	range_as_number: m.xlsform_problem_range_as_number
};

/** What the table shows in its problem and cell columns. */
export function problemWords(problem: XlsFormProblem): { text: string; value: string } {
	if (problem.code === 'invalid_definition')
		return { text: fieldErrorMessage(problem.value ?? 'invalid'), value: '' };
	return { text: (problemText[problem.code] ?? (() => problem.code))(), value: problem.value ?? '' };
}
