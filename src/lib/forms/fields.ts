// Between HTML forms and domain input: form fields are flat ("name.en"), the domain takes nested
// objects; records are shown back in the form's flat shape, with the errors of each field.
import { contentLocales, type ContentLocale, type Localized } from '../i18n/localized.js';

/** What a form shows in its fields: text, or lists for checkboxes and multiple selects. */
export type FormFields = Record<string, unknown>;

/** "name.en" → { name: { en } }: dotted field names become nested objects. */
export function nestFields(values: FormFields): Record<string, unknown> {
	const nested: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(values)) {
		const [head, ...rest] = key.split('.');
		if (rest.length === 0) nested[head] = value;
		else {
			const inner = (nested[head] ??= {}) as Record<string, unknown>;
			inner[rest.join('.')] = value;
		}
	}
	return nested;
}

/** A localized value as one field per language: name.en, name.fr, name.ar (or the languages given). */
export function localizedFields(
	name: string,
	value: Localized | null | undefined,
	languages: readonly ContentLocale[] = contentLocales
): FormFields {
	return Object.fromEntries(languages.map((locale) => [`${name}.${locale}`, value?.[locale] ?? '']));
}

/** Field path → message keys, as a refused form action returns them. */
export type FieldErrors = Record<string, string[]>;

/** The message keys for a field, with those of its list items ("languages.2") for a list. */
export function errorsAt(errors: FieldErrors | undefined, name: string): string[] {
	if (!errors) return [];
	const keys = Object.entries(errors)
		.filter(
			([path]) => path === name || (path.startsWith(`${name}.`) && /^\d+$/.test(path.slice(name.length + 1)))
		)
		.flatMap(([, messages]) => messages);
	return [...new Set(keys)];
}

/** A form value as text (what an input shows). */
export const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A form value as a list (what checkboxes tick). */
export const listOf = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** What an edit form shows: the values a refused submission sent back, else the record's own. */
export function shownValues(form: unknown, record: FormFields): FormFields {
	const sent = (form as { values?: FormFields } | null | undefined)?.values;
	return sent && Object.keys(sent).length > 0 ? sent : record;
}
