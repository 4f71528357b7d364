// Where each unit's text lives in a thing's content (`holder[key]`), so that the same walk lists its
// units for export and writes an import's translations back.
import type { Localized } from '../../i18n/localized.js';
import type { TextUnit } from './units.js';

export type Slot = { unit: Omit<TextUnit, 'text'>; holder: Record<string, unknown>; key: string };

/** Collects slots in reading order: `add(id, note, maxLength, holder, key)`. */
export function slotList(): {
	slots: Slot[];
	add: (id: string, note: string, maxLength: number, holder: object, key: string | number) => void;
} {
	const slots: Slot[] = [];
	return {
		slots,
		add: (id, note, maxLength, holder, key) =>
			slots.push({
				unit: { id, note, maxLength },
				holder: holder as Record<string, unknown>,
				key: String(key)
			})
	};
}

/** The slots' texts as units (those with no text in any language included: they may be written later). */
export const unitsOf = (slots: readonly Slot[]): TextUnit[] =>
	slots.map(({ unit, holder, key }) => ({ ...unit, text: (holder[key] as Localized | null) ?? {} }));

/** A copy of `content` with `texts` (unit id → text) written in `locale` into its slots; unknown ids are ignored. */
export function translatedCopy<T>(
	content: T,
	slotsOf: (content: T) => Slot[],
	locale: string,
	texts: ReadonlyMap<string, string>
): T {
	const copy = structuredClone(content);
	for (const { unit, holder, key } of slotsOf(copy)) {
		const text = texts.get(unit.id);
		if (text !== undefined) holder[key] = { ...(holder[key] as Localized | null), [locale]: text };
	}
	return copy;
}

/** The rows the translated units belong to, for units named `<kind>/<row id>/<field>`: `module/<id>`. */
export const rowsOf = (texts: ReadonlyMap<string, string>): Set<string> =>
	new Set([...texts.keys()].map((unit) => unit.split('/').slice(0, 2).join('/')));
