// Reference data as the choices of a form's select.
import { localizedText, type ContentLocale, type Localized } from '../i18n/localized.js';

/** Countries as the choices of a select: code and name in the reader's language. */
export function countryChoices(
	countries: readonly { code: string; name: Localized }[],
	reader: ContentLocale
): { code: string; name: string }[] {
	return countries.map((country) => ({ code: country.code, name: localizedText(country.name, reader) }));
}

/** The values of a closed list as a select's options, each with its label in the reader's language. */
export function labelledOptions<V extends string>(
	values: readonly V[],
	labels: Record<V, () => string>
): { value: V; label: string }[] {
	return values.map((value) => ({ value, label: labels[value]() }));
}
