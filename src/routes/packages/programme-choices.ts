// Programmes as the packages pages show them in choices: name and acronym in the reader's language.
import { nameWithAcronym } from '#lib/directory/name-with-acronym.js';
import type { ContentLocale } from '#lib/i18n/localized.js';
import type { ProgrammeSummary } from '#lib/server/curriculum/packages.js';

export const programmeChoices = (programmes: readonly ProgrammeSummary[], reader: ContentLocale) =>
	programmes.map((programme) => ({ id: programme.id, name: nameWithAcronym(programme, reader) }));
