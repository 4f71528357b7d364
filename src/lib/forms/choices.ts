// Reference data as the choices of a form's select.
import { isInterfaceLocale } from '../i18n/content-languages.js';
import { localizedText, type ContentLocale, type Localized } from '../i18n/localized.js';

/** Countries as the choices of a select: code and name in the reader's language. */
export function countryChoices(
	countries: readonly { code: string; name: Localized }[],
	reader: ContentLocale
): { code: string; name: string }[] {
	return countries.map((country) => ({ code: country.code, name: localizedText(country.name, reader) }));
}

const regionNames = new Map<string, Intl.DisplayNames>();
const regionNamesIn = (language: string): Intl.DisplayNames => {
	let names = regionNames.get(language);
	if (!names)
		regionNames.set(
			language,
			(names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }))
		);
	return names;
};

/** A country's name in `language`: MHub's in its interface languages, the Unicode CLDR's (through Intl) in the others. */
export function countryNameIn(country: { code: string; name: Localized | null }, language: string): string {
	if (isInterfaceLocale(language)) return localizedText(country.name, language);
	return regionNamesIn(language).of(country.code) ?? localizedText(country.name, 'en');
}

/** Countries as the choices of a select, named in `language` (see countryNameIn), in that language's order. */
export function countryChoicesIn(
	countries: readonly { code: string; name: Localized }[],
	language: string
): { code: string; name: string }[] {
	if (isInterfaceLocale(language)) return countryChoices(countries, language);
	return countries
		.map((country) => ({ code: country.code, name: countryNameIn(country, language) }))
		.sort((a, b) => a.name.localeCompare(b.name, language));
}

/** The values of a closed list as a select's options, each with its label in the reader's language. */
export function labelledOptions<V extends string>(
	values: readonly V[],
	labels: Record<V, () => string>
): { value: V; label: string }[] {
	return values.map((value) => ({ value, label: labels[value]() }));
}
