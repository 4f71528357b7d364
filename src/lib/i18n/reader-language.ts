// Which of an owner's declared languages a reader gets: MHub speaks only en/fr/ar, but a reader whose
// browser asks for Slovenian should read a Slovenian programme in Slovenian.
import { contentLanguageOf, isInterfaceLocale, type ContentLocale } from './content-languages.js';

/** The catalogue languages an Accept-Language header asks for, most wanted first. */
export function acceptedContentLanguages(header: string | null | undefined): ContentLocale[] {
	const wanted = (header ?? '')
		.split(',')
		.map((part, index) => {
			const [range, ...parameters] = part.trim().split(';');
			const q = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
			return { tag: contentLanguageOf(range), q: q === undefined ? 1 : Number(q), index };
		})
		.filter((entry): entry is { tag: ContentLocale; q: number; index: number } => !!entry.tag && entry.q > 0)
		.sort((a, b) => b.q - a.q || a.index - b.index);
	return [...new Set(wanted.map((entry) => entry.tag))];
}

/**
 * The language to show an owner's texts in, among those it declares: a language the browser asks for
 * before any language of MHub's interface (a Slovenian reader of the English interface reads a
 * Slovenian package in Slovenian); else the interface language the reader chose on MHub (choosing
 * French overrides a browser that asks for English); else the browser's other languages; else the
 * interface language (pickLocalized then falls back to the owner's declared languages in order).
 */
export function readerLanguage(
	reader: { chosen: ContentLocale | undefined; accepted: readonly ContentLocale[]; interface: ContentLocale },
	declared: readonly ContentLocale[]
): ContentLocale {
	const firstInterface = reader.accepted.findIndex((tag) => isInterfaceLocale(tag));
	const beforeInterface = firstInterface < 0 ? reader.accepted : reader.accepted.slice(0, firstInterface);
	const candidates = [...beforeInterface, reader.chosen, ...reader.accepted];
	return candidates.find((tag) => tag !== undefined && declared.includes(tag)) ?? reader.interface;
}
