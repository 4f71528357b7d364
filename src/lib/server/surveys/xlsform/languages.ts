// The languages of an XLSForm's columns (`label::Français (fr)`), as the survey's content languages.
import { type ContentLocale, type Localized } from '../../../i18n/localized.js';
import type { XlsFormProblem } from './problems.js';
import type { Header, Sheet, SheetRow } from './sheet.js';

const languageNames: Record<string, ContentLocale> = {
	en: 'en',
	eng: 'en',
	english: 'en',
	anglais: 'en',
	الإنجليزية: 'en',
	fr: 'fr',
	fra: 'fr',
	fre: 'fr',
	french: 'fr',
	français: 'fr',
	francais: 'fr',
	الفرنسية: 'fr',
	ar: 'ar',
	ara: 'ar',
	arabic: 'ar',
	arabe: 'ar',
	العربية: 'ar',
	عربي: 'ar'
};

/** `English (en)`, `Français (fr)`, `fr`, `Arabic` → a content language; undefined for others. */
export function localeOfLanguage(text: string): ContentLocale | undefined {
	const trimmed = text.trim().toLowerCase();
	const code = /\(\s*([a-z]{2,3})(?:[-_][a-z0-9]+)?\s*\)\s*$/.exec(trimmed)?.[1];
	if (code) return languageNames[code];
	return languageNames[trimmed] ?? languageNames[trimmed.split(/[-_]/)[0]];
}

export const languageColumnNames: Record<ContentLocale, string> = {
	en: 'English (en)',
	fr: 'Français (fr)',
	ar: 'العربية (ar)'
};

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
