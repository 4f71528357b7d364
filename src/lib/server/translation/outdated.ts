// When a translation is outdated: its unit's source text changed since the translation was made.
// Each translation imported keeps a hash of the source it was made from (db table translation_source);
// a translation without one (typed in a form) is never marked, as nothing tells what it was made from.
import { createHash } from 'node:crypto';
import type { ContentLocale } from '../../i18n/content-languages.js';
import { comparable } from './check-translation.js';
import type { FileUnit, TextUnit } from './units.js';

/** The hash of a source text, spaces aside (tools may re-wrap them), with its language. */
export const sourceHash = (locale: ContentLocale, text: string) =>
	createHash('sha256')
		.update(`${locale}\n${comparable(text)}`)
		.digest('base64url');

/**
 * The units translated into `target` whose source (in `source`) is no longer the one their
 * translation was made from; `recorded` maps unit ids to the hashes kept for `target`.
 */
export function outdatedUnits(
	units: readonly TextUnit[],
	languages: { source: ContentLocale; target: ContentLocale },
	recorded: ReadonlyMap<string, string>
): Set<string> {
	const { source, target } = languages;
	return new Set(
		units
			.filter((unit) => unit.text[source] && unit.text[target])
			.filter((unit) => {
				const hash = recorded.get(unit.id);
				return hash !== undefined && hash !== sourceHash(source, unit.text[source] ?? '');
			})
			.map((unit) => unit.id)
	);
}

/**
 * The units of an import whose translation is the translator's for the current source: its text
 * differs from the one MHub has, or the file's state confirms it (XLIFF `state` other than
 * `needs-…`). A text sent back unchanged without such a state (a spreadsheet) keeps what was known.
 */
export function confirmedUnits(
	units: readonly TextUnit[],
	fileUnits: readonly FileUnit[],
	target: ContentLocale,
	texts: ReadonlyMap<string, string>
): string[] {
	const states = new Map(fileUnits.map((unit) => [unit.id, unit.state]));
	const current = new Map(units.map((unit) => [unit.id, unit.text[target]]));
	return [...texts]
		.filter(([id, text]) => {
			const state = states.get(id);
			const before = current.get(id);
			return (
				before === undefined ||
				comparable(before) !== comparable(text) ||
				(state !== undefined && !state.startsWith('needs-'))
			);
		})
		.map(([id]) => id);
}
