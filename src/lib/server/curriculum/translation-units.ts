// A training package's draft as translation units, each with an id built from its row's id
// (`module/<id>/title`), so moving a module or session keeps its units. An objective has no id of its
// own: its unit counts from 1 within its session (a file exported before objectives were reordered
// is refused: its sources no longer match).
import type { PackageContent } from '../../curriculum/content.js';
import { packageTexts, type PackageText } from '../../curriculum/missing.js';
import { slotList, unitsOf, type Slot } from '../translation/slots.js';
import type { TextUnit } from '../translation/units.js';

/** The longest text each field accepts (curriculum/schemas.ts). */
const maxLength = (text: PackageText) =>
	text.kind === 'objective' ? 500 : text.field === 'title' ? 300 : text.kind === 'module' ? 2000 : 4000;

const unitId = (text: PackageText): string => {
	if (text.kind === 'package') return `package/${text.field}`;
	if (text.kind === 'objective') return `session/${text.id}/objective/${text.objective}`;
	return `${text.kind}/${text.id}/${text.field === 'trainerNotes' ? 'trainer-notes' : text.field}`;
};

/** What the text is, for the translator: "Module 2, session 1: objective 3". */
const noteOf = (text: PackageText): string => {
	const field = { title: 'title', summary: 'summary', trainerNotes: "trainer's notes" }[text.field];
	if (text.kind === 'package') return `Package ${field}`;
	const where = `Module ${text.module}${text.session ? `, session ${text.session}` : ''}`;
	if (text.kind === 'objective') return `${where}: learning objective ${text.objective}`;
	return text.kind === 'material' ? `${where}: title of a material` : `${where}: ${field}`;
};

/** Where each text of the draft is, in reading order. */
export function packageSlots(content: PackageContent): Slot[] {
	const { slots, add } = slotList();
	for (const text of packageTexts(content))
		add(unitId(text), noteOf(text), maxLength(text), text.holder, text.field);
	return slots;
}

/** The draft's texts as units, in reading order. */
export const packageUnits = (content: PackageContent): TextUnit[] => unitsOf(packageSlots(content));
