// A question as the question form's flat fields ("label.en", "choices.0.value"), the reverse of
// `questionInput` in lib/surveys/schemas.ts.
import { localizedFields } from '#lib/forms/fields.js';
import type { ContentLocale, Localized } from '#lib/i18n/localized.js';
import type { Choice, Question } from '#lib/surveys/definition.js';

const choiceFields = (name: string, choices: readonly Choice[], languages: readonly ContentLocale[]) =>
	Object.fromEntries(
		choices.flatMap((choice, index) => [
			[`${name}.${index}.value`, choice.value],
			...languages.map((locale) => [`${name}.${index}.${locale}`, choice.label[locale] ?? ''])
		])
	);
const numberField = (value: number | undefined) => (value === undefined ? '' : String(value));

/** The question as its form's fields, a text field for each of the survey's languages. */
export function questionFields(
	question: Question,
	languages: readonly ContentLocale[]
): Record<string, unknown> {
	return {
		name: question.name,
		type: question.type,
		...localizedFields('label', question.label, languages),
		...localizedFields('help', question.help as Localized | undefined, languages),
		required: question.required ? 'yes' : '',
		allowOther: question.allowOther ? 'yes' : '',
		...choiceFields('choices', question.choices, languages),
		...choiceFields('rows', question.rows, languages),
		'scale.min': numberField(question.scale?.min),
		'scale.max': numberField(question.scale?.max),
		...localizedFields('scale.minLabel', question.scale?.minLabel as Localized | undefined, languages),
		...localizedFields('scale.maxLabel', question.scale?.maxLabel as Localized | undefined, languages),
		'constraint.min': numberField(question.constraint?.min),
		'constraint.max': numberField(question.constraint?.max),
		'constraint.minLength': numberField(question.constraint?.minLength),
		'constraint.maxLength': numberField(question.constraint?.maxLength),
		'constraint.pattern': question.constraint?.pattern ?? '',
		...localizedFields(
			'constraint.message',
			question.constraint?.message as Localized | undefined,
			languages
		),
		marks: numberField(question.marks),
		// The right choices are ticked; a yes/no's or a number's right answer is typed.
		correct: ['single_choice', 'multiple_choice'].includes(question.type)
			? [question.correct ?? []].flat().map(String)
			: [],
		correctText:
			question.correct === undefined || ['single_choice', 'multiple_choice'].includes(question.type)
				? ''
				: String(question.correct),
		tolerance: numberField(question.tolerance),
		module: question.module ?? '',
		...Object.fromEntries(
			question.showIf.flatMap((condition, index) => [
				[`showIf.${index}.question`, condition.question],
				[`showIf.${index}.operator`, condition.operator],
				[`showIf.${index}.value`, condition.value ?? '']
			])
		)
	};
}
