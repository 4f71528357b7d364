// What translators work on, whatever is translated (a survey, a Delphi study, a training
// package, a framework): a list of units, each a text with a stable id, and what a translated file brings back.
import type { ContentLocale, Localized } from '../../i18n/localized.js';

/** One text to translate: `id` stays the same across exports (`question/age/label`). */
export type TextUnit = {
	id: string;
	/** The text in every language it has. */
	text: Localized;
	/** The longest text the unit accepts. */
	maxLength: number;
	/** What the text is, for the translator ("Question age (number): label"). */
	note: string;
};

/** A thing to translate as its units, after the actor was allowed to change its texts. */
export type SubjectTexts = {
	/**
	 * Identifies the thing in files (XLIFF `original`) and its outdated marks (translation_source):
	 * `mhub:<kind>/<uuid>`, as `mhub:survey/<id>`.
	 */
	original: string;
	/** Its title, for the file's name. */
	title: string;
	/** Its declared languages, the main one first. */
	languages: ContentLocale[];
	units: TextUnit[];
};

/**
 * A unit read from a translated file: its source as the file has it, its target if any, and the
 * target's XLIFF `state` if it has one (`translated`, `needs-review-translation`, …).
 */
export type FileUnit = { id: string; source: string; target?: string; state?: string };

/** A translated file as read, before it is compared with the thing it translates. */
export type TranslationFile = {
	/** XLIFF's `original`; a spreadsheet has none. */
	original?: string;
	/** As written in the file. */
	sourceLanguage: string;
	targetLanguage: string;
	units: FileUnit[];
};

export const translationProblemCodes = [
	'empty',
	'too_large',
	'not_xml',
	'doctype',
	'not_xliff',
	'no_language_columns',
	'xliff_version',
	'several_files',
	'other_original',
	'other_source_language',
	'unknown_language',
	'other_target_language',
	'target_is_source',
	'no_unit_id',
	'duplicate_unit',
	'unknown_unit',
	'source_changed',
	'markup',
	'too_long',
	'nothing_translated'
] as const;
export type TranslationProblemCode = (typeof translationProblemCodes)[number];

/** Why a file is refused: `unit` the unit concerned (none: the whole file), `value` what was found. */
export type TranslationProblem = { unit?: string; code: TranslationProblemCode; value?: string };
