// A framework's draft as translation units, each named by its row's id (`component/<id>/title`), so
// moving a section or component keeps its units. Frameworks declare no languages of their own: they
// are their programme's, and any their texts already have (a language imported before).
import { contentLanguageOf, type ContentLocale } from '../../i18n/content-languages.js';
import type { Localized } from '../../i18n/localized.js';
import { slotList, unitsOf, type Slot } from '../translation/slots.js';
import type { TextUnit } from '../translation/units.js';
import type { FrameworkDraft } from './draft.js';

/** Where each text of the draft is, in reading order (limits as in frameworks/schemas.ts). */
export function frameworkSlots(draft: FrameworkDraft): Slot[] {
	const { slots, add } = slotList();
	add('framework/title', 'Framework title', 300, draft, 'title');
	add('framework/summary', 'Framework summary', 4000, draft, 'summary');
	for (const [s, section] of draft.sections.entries()) {
		add(`section/${section.id}/title`, `Section ${s + 1}: title`, 300, section, 'title');
		for (const [c, component] of section.components.entries()) {
			const about = `Section ${s + 1}, component ${c + 1}`;
			add(`component/${component.id}/title`, `${about}: title`, 300, component, 'title');
			add(`component/${component.id}/description`, `${about}: description`, 4000, component, 'description');
		}
	}
	return slots;
}

/** The draft's texts as units, in reading order. */
export const frameworkUnits = (draft: FrameworkDraft): TextUnit[] => unitsOf(frameworkSlots(draft));

/**
 * The languages to translate a framework from and into: its programme's, then those its texts have.
 * The main one is the first its title is written in (the programme's first, when the title has it).
 */
export function frameworkLanguages(
	programme: readonly ContentLocale[],
	draft: FrameworkDraft
): ContentLocale[] {
	const written = unitsOf(frameworkSlots(draft)).flatMap(({ text }) =>
		Object.entries(text as Localized)
			.filter(([, value]) => value?.trim())
			.map(([key]) => contentLanguageOf(key))
			.filter((locale) => locale !== undefined)
	);
	const all = [...new Set([...programme, ...written])];
	const main = all.find((locale) => draft.title[locale]?.trim()) ?? all[0];
	return [main, ...all.filter((locale) => locale !== main)];
}
