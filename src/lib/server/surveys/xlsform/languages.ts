// The languages of an XLSForm's columns (`label::Français (fr)`), as the survey's content languages.
import {
	autonym,
	contentLanguageName,
	contentLanguageOf,
	contentLanguageTags,
	interfaceLocales,
	type ContentLocale
} from '../../../i18n/content-languages.js';
import { type Localized } from '../../../i18n/localized.js';
import type { XlsFormProblem } from './problems.js';
import type { Header, Sheet, SheetRow } from './sheet.js';

/** A name as forms write it, compared without case or accents ("Francais", "slovenscina"). */
const nameKey = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().trim();

let languagesByName: Map<string, ContentLocale> | undefined;
/** Every catalogue language by its name in English, French, Arabic and itself. */
const languageNamed = (name: string): ContentLocale | undefined => {
	languagesByName ??= new Map(
		contentLanguageTags.flatMap((tag) =>
			[...interfaceLocales, tag].map((reader) => [nameKey(contentLanguageName(tag, reader)), tag] as const)
		)
	);
	return languagesByName.get(nameKey(name));
};

/**
 * ODK's `Name (code)` (`Dari (prs)`, `ትግርኛ (ti)`, `English (en-GB)`), a bare code (`fr`, `fra`), or a
 * name in English, French, Arabic or the language itself (`French`, `العربية`) → a language of the
 * catalogue; undefined for others.
 */
export function localeOfLanguage(text: string): ContentLocale | undefined {
	const code = /\(\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)\s*\)\s*$/.exec(text)?.[1];
	if (code) return contentLanguageOf(code);
	return (
		languageNamed(text) ??
		(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/.test(text.trim()) ? contentLanguageOf(text) : undefined)
	);
}

/** A language's column suffix as ODK names it, with its name in itself: `Slovenščina (sl)`. */
export const languageColumnName = (locale: ContentLocale): string => `${autonym(locale)} (${locale})`;

/** Reads the text of one kind (label, hint…) in every language a sheet has a column for. */
export class Languages {
	readonly found: ContentLocale[] = [];
	readonly unsupported: XlsFormProblem[] = [];
	private reported = new Set<string>();

	constructor(readonly defaultLocale: ContentLocale) {}

	localized(sheet: Sheet, row: SheetRow, base: string): Localized {
		const text: Localized = {};
		// Columns that name their language win over the plain one, which is the default language.
		for (const column of sheet.columns.get(base) ?? []) {
			const locale = this.localeOf(sheet, column);
			const value = row.cells[column.index]?.trim();
			if (locale && value && !text[locale]) text[locale] = value;
		}
		return text;
	}

	/** Notes the languages of a sheet's columns of one kind, in their order. */
	scan(sheet: Sheet, base: string) {
		for (const column of sheet.headers) if (column.base === base) this.localeOf(sheet, column);
	}

	private localeOf(sheet: Sheet, column: Header): ContentLocale | undefined {
		const locale = column.language ? localeOfLanguage(column.language) : this.defaultLocale;
		const name = `${column.base}::${column.language}`;
		if (!locale && !this.reported.has(`${sheet.name}:${name}`)) {
			this.reported.add(`${sheet.name}:${name}`);
			this.unsupported.push({
				sheet: sheet.name,
				row: 1,
				column: name,
				code: 'unsupported_language',
				value: column.language
			});
		}
		if (locale && !this.found.includes(locale)) this.found.push(locale);
		return locale;
	}
}
