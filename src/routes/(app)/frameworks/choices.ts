// Studies as the frameworks pages offer them in choices, in the reader's language.
import { localizedText, type ContentLocale, type Localized } from '#lib/i18n/localized.js';
import type { NamedProgramme } from '#lib/programmes/choices.js';

/** Each study named with its programme's acronym (when known), as the study must be of the framework's programme. */
export const studyChoices = (
	studies: readonly { id: string; title: Localized; programmeId: string }[],
	programmes: readonly NamedProgramme[],
	reader: ContentLocale
) =>
	studies.map((study) => {
		const programme = programmes.find((candidate) => candidate.id === study.programmeId);
		const title = localizedText(study.title, reader);
		return { id: study.id, name: programme?.acronym ? `${programme.acronym} – ${title}` : title };
	});
