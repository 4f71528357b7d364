// Programmes as the choices of a form's select: name and acronym in the reader's language.
import { nameWithAcronym } from '../directory/name-with-acronym.js';
import type { ContentLocale, Localized } from '../i18n/localized.js';

export type NamedProgramme = { id: string; name: Localized; acronym: string | null };

export const programmeChoices = (programmes: readonly NamedProgramme[], reader: ContentLocale) =>
	programmes.map((programme) => ({ id: programme.id, name: nameWithAcronym(programme, reader) }));
