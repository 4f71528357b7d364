// Between the directory's HTML forms and its domain input: form fields are flat ("name.en"), the
// domain takes nested objects; records are shown back in the form's flat shape.
import { contentLocales, localizedText, type ContentLocale, type Localized } from '../i18n/localized.js';

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

/** A localized value as one field per language: name.en, name.fr, name.ar. */
export function localizedFields(name: string, value: Localized | null | undefined): FormFields {
	return Object.fromEntries(contentLocales.map((locale) => [`${name}.${locale}`, value?.[locale] ?? '']));
}

/** The repeated fields of the person form: checkboxes and multiple selects. */
export const personListFields = ['countryCodes', 'languages', 'expertise'] as const;

/** The person form's input; an unticked checkbox sends nothing, which means "no". */
export function personInput(values: FormFields): Record<string, unknown> {
	return { ...values, isContactConsented: values.isContactConsented === 'yes' };
}

/**
 * A list page's query string as the domain's list query: blank filters (the "any" choice) are
 * left out, and the reader's language sets the order of names.
 */
export function listQuery(url: URL, locale: string): Record<string, string> {
	const query: Record<string, string> = {};
	for (const [key, value] of url.searchParams) if (value.trim() !== '') query[key] = value;
	return { ...query, locale };
}

/** The query string of another page of the same list. */
export function pageHref(url: { search: string }, page: number): string {
	const params = new URLSearchParams(url.search);
	params.set('page', String(page));
	return `?${params}`;
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

/** Countries as the choices of a select: code and name in the reader's language. */
export function countryChoices(
	countries: readonly { code: string; name: Localized }[],
	reader: ContentLocale
): { code: string; name: string }[] {
	return countries.map((country) => ({ code: country.code, name: localizedText(country.name, reader) }));
}

/** An organisation as the organisation form shows it. */
export function organisationFields(record: {
	name: Localized;
	acronym: string | null;
	type: string;
	countryCode: string | null;
	website: string | null;
	description: Localized | null;
}): FormFields {
	return {
		...localizedFields('name', record.name),
		acronym: record.acronym ?? '',
		type: record.type,
		countryCode: record.countryCode ?? '',
		website: record.website ?? '',
		...localizedFields('description', record.description)
	};
}

/** A person as the person form shows them. */
export function personFields(record: {
	fullName: string;
	email: string | null;
	organisationId: string | null;
	countryCodes: string[];
	profession: string;
	jobTitle: string | null;
	languages: string[];
	expertise: string[];
	isContactConsented: boolean;
}): FormFields {
	return {
		fullName: record.fullName,
		email: record.email ?? '',
		organisationId: record.organisationId ?? '',
		countryCodes: record.countryCodes,
		profession: record.profession,
		jobTitle: record.jobTitle ?? '',
		languages: record.languages,
		expertise: record.expertise,
		isContactConsented: record.isContactConsented ? 'yes' : undefined
	};
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
