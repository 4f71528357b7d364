// How organisations and programmes are named on one line, everywhere: "Name (ACRONYM)" in the
// reader's language.
import { localizedText, type ContentLocale, type Localized } from '../i18n/localized.js';

/** The acronym to show after a name: none when there is none or the name already holds it. */
export const acronymAfter = (name: string, acronym: string | null): string | null =>
	acronym && !name.includes(acronym) ? acronym : null;

/** "Name (ACRONYM)" in the reader's language; the name alone when the acronym adds nothing. */
export function nameWithAcronym(
	named: { name: Localized; acronym: string | null },
	reader: ContentLocale
): string {
	const name = localizedText(named.name, reader);
	const acronym = acronymAfter(name, named.acronym);
	return acronym ? `${name} (${acronym})` : name;
}
