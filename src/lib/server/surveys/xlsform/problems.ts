// What the XLSForm import finds wrong in a workbook, row by row: problems that refuse the import and
// what it leaves out.

/**
 * Something in the workbook, where a spreadsheet program shows it: `row` 1-based (0 when it is about
 * the whole file or sheet). `code` says what (the page words it as `xlsform_<code>`); `value` the
 * text concerned (a type, an expression, a name), or for `invalid_definition` the model's error key.
 */
export type XlsFormProblem = {
	sheet: string;
	row: number;
	column?: string;
	code: XlsFormProblemCode;
	value?: string;
};

export const xlsFormErrorCodes = [
	'not_xlsx',
	'no_survey_sheet',
	'missing_column',
	'missing_type',
	'unknown_list',
	'duplicate_name',
	'invalid_name',
	'invalid_choice_value',
	'duplicate_choice',
	'too_many_choices',
	'unbalanced_group',
	'no_questions',
	'invalid_definition'
] as const;
export const xlsFormUnsupportedCodes = [
	'unsupported_type',
	'unsupported_repeat',
	'unsupported_relevant',
	'unsupported_constraint',
	'constraint_approximated',
	'unsupported_required',
	'unsupported_language',
	'unsupported_column',
	'label_missing',
	'range_as_number'
] as const;
export type XlsFormProblemCode =
	(typeof xlsFormErrorCodes)[number] | (typeof xlsFormUnsupportedCodes)[number];
