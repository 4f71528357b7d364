// A translation file's problem in the reader's language.
import * as m from '#lib/paraglide/messages.js';
import type { TranslationProblemCode } from '#lib/server/translation/units.js';

export const problemText: Record<TranslationProblemCode, () => string> = {
	empty: m.translation_problem_empty,
	too_large: m.translation_problem_too_large,
	not_xml: m.translation_problem_not_xml,
	doctype: m.translation_problem_doctype,
	not_xliff: m.translation_problem_not_xliff,
	no_language_columns: m.translation_problem_no_language_columns,
	xliff_version: m.translation_problem_xliff_version,
	several_files: m.translation_problem_several_files,
	other_original: m.translation_problem_other_original,
	other_source_language: m.translation_problem_other_source_language,
	unknown_language: m.translation_problem_unknown_language,
	other_target_language: m.translation_problem_other_target_language,
	target_is_source: m.translation_problem_target_is_source,
	no_unit_id: m.translation_problem_no_unit_id,
	duplicate_unit: m.translation_problem_duplicate_unit,
	unknown_unit: m.translation_problem_unknown_unit,
	source_changed: m.translation_problem_source_changed,
	markup: m.translation_problem_markup,
	too_long: m.translation_problem_too_long,
	nothing_translated: m.translation_problem_nothing_translated
};
