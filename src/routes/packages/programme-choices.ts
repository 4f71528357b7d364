// Programmes as the packages pages show them in choices: acronym and name in the reader's language.
import { localizedText, type ContentLocale } from '#lib/i18n/localized.js';
import type { ProgrammeSummary } from '#lib/server/curriculum/packages.js';

export const programmeChoices = (programmes: readonly ProgrammeSummary[], reader: ContentLocale) =>
	programmes.map((programme) => {
		const name = localizedText(programme.name, reader);
		return {
			id: programme.id,
			name: programme.acronym && !name.includes(programme.acronym) ? `${programme.acronym} – ${name}` : name
		};
	});
