// Reading a participants list (a table from a CSV or XLSX file) into registrations, row by row:
// what can be imported, and for every refused row its line, field and reason. Pure: the file format
// and the database are elsewhere. A file refused as a whole (no rows, columns missing, too many
// rows) throws, so nothing of it is imported.
import { z } from 'zod';
import { professionValues, type Profession } from '../../directory/values.js';
import { participantCategoryValues, type ParticipantCategory } from '../../events/values.js';
import { contentLocales, type Localized } from '../../i18n/localized.js';
import { DomainError } from '../errors.js';

export type ParticipantRow = {
	fullName: string;
	email: string;
	countryCode: string;
	profession: Profession;
	category: ParticipantCategory;
	organisationName: string | null;
	locale: 'en' | 'fr' | 'ar';
};

export type RowRefusal = { line: number; field: keyof ParticipantRow; problem: string; value: string };

export type ReadRows = { rows: { line: number; row: ParticipantRow }[]; refusals: RowRefusal[] };

export const maxImportRows = 200_000;

/** The columns a file must or may have, each with the headers people write for it. */
const columns = {
	fullName: { required: true, headers: ['full name', 'fullname', 'name', 'nom', 'nom complet', 'الاسم'] },
	email: {
		required: true,
		headers: ['email', 'e-mail', 'mail', 'courriel', 'adresse électronique', 'البريد الإلكتروني']
	},
	countryCode: { required: true, headers: ['country', 'country code', 'pays', 'البلد'] },
	profession: { required: true, headers: ['profession', 'المهنة'] },
	category: { required: true, headers: ['category', 'participant category', 'catégorie', 'الفئة'] },
	organisationName: { required: false, headers: ['organisation', 'organization', 'organisme', 'المنظمة'] },
	locale: { required: false, headers: ['language', 'langue', 'locale', 'اللغة'] }
} satisfies Record<keyof ParticipantRow, { required: boolean; headers: string[] }>;

type Column = keyof typeof columns;

/** The export writes these headers, so an exported file imports again as it is. */
export const participantHeaders: Record<Column, string> = {
	fullName: 'Full name',
	email: 'Email',
	countryCode: 'Country',
	profession: 'Profession',
	category: 'Category',
	organisationName: 'Organisation',
	locale: 'Language'
};

const normalise = (text: string) =>
	text
		.normalize('NFC')
		.trim()
		.toLowerCase()
		.replace(/[\s_]+/g, ' ');
const asKey = (text: string) => normalise(text).replace(/[\s-]+/g, '_');

/** `transform` remembered per distinct text: a file of 100,000 rows names a few dozen countries and professions. */
function remembered<T>(transform: (text: string) => T): (text: string) => T {
	const results = new Map<string, T>();
	return (text) => {
		if (!results.has(text)) results.set(text, transform(text));
		return results.get(text)!;
	};
}

const professionSynonyms: Record<string, Profession> = {
	doctor: 'physician',
	medical_doctor: 'physician',
	police_officer: 'law_enforcement_officer',
	police: 'law_enforcement_officer',
	border_guard: 'law_enforcement_officer',
	psychologist: 'psychologist',
	mediator: 'cultural_mediator'
};

const email = z.email();

/** Every accepted way of writing each country (its code and its names), for `readParticipantRows`. */
export function countryLookup(countries: readonly { code: string; name: Localized }[]): Map<string, string> {
	const lookup = new Map<string, string>();
	for (const { code, name } of countries)
		for (const text of [code, ...Object.values(name)]) if (text) lookup.set(normalise(text), code);
	return lookup;
}

/**
 * `countries` maps every accepted way of writing a country (its code and its names, lower case) to
 * its code. `registered` holds the emails (lower case) already registered for the event.
 */
export function readParticipantRows(
	table: readonly (readonly string[])[],
	countries: ReadonlyMap<string, string>,
	registered: ReadonlySet<string> = new Set()
): ReadRows {
	const [header, ...body] = table;
	const rowsWithContent = body
		.map((cells, index) => ({ cells, line: index + 2 }))
		.filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
	if (!header || rowsWithContent.length === 0)
		throw new DomainError('invalid', 'the file has no participants', { fields: { file: ['import_empty'] } });
	if (rowsWithContent.length > maxImportRows)
		throw new DomainError('invalid', 'too many rows', {
			fields: { file: ['import_too_many_rows'] },
			details: { max: maxImportRows }
		});

	const position = new Map<Column, number>();
	header.forEach((title, index) => {
		const wanted = normalise(title);
		const column = (Object.keys(columns) as Column[]).find(
			(name) => columns[name].headers.includes(wanted) || normalise(participantHeaders[name]) === wanted
		);
		if (column && !position.has(column)) position.set(column, index);
	});
	const missing = (Object.keys(columns) as Column[]).filter(
		(name) => columns[name].required && !position.has(name)
	);
	if (missing.length > 0)
		throw new DomainError('invalid', 'columns missing', {
			fields: { file: ['import_missing_columns'] },
			details: { missing: missing.map((name) => participantHeaders[name]) }
		});

	const rows: ReadRows['rows'] = [];
	const refusals: RowRefusal[] = [];
	const seen = new Set(registered);
	const normalised = remembered(normalise);
	const keyed = remembered(asKey);
	for (const { cells, line } of rowsWithContent) {
		const cell = (column: Column) =>
			position.has(column) ? (cells[position.get(column)!] ?? '').trim() : '';
		const refuse = (field: Column, problem: string) =>
			refusals.push({ line, field, problem, value: cell(field) });
		const before = refusals.length;

		const fullName = cell('fullName');
		if (!fullName) refuse('fullName', 'required');
		else if (fullName.length > 200) refuse('fullName', 'too_long');

		const address = cell('email').toLowerCase();
		if (!address) refuse('email', 'required');
		else if (!email.safeParse(address).success) refuse('email', 'invalid_email');
		else if (seen.has(address))
			refuse('email', registered.has(address) ? 'already_registered' : 'duplicate_in_file');

		const countryCode = countries.get(normalised(cell('countryCode')));
		if (!cell('countryCode')) refuse('countryCode', 'required');
		else if (!countryCode) refuse('countryCode', 'unknown_country');

		const professionKey = keyed(cell('profession'));
		const profession = (professionValues as readonly string[]).includes(professionKey)
			? (professionKey as Profession)
			: professionSynonyms[professionKey];
		if (!cell('profession')) refuse('profession', 'required');
		else if (!profession) refuse('profession', 'invalid_choice');

		const categoryKey = keyed(cell('category'));
		const category = (participantCategoryValues as readonly string[]).includes(categoryKey)
			? (categoryKey as ParticipantCategory)
			: undefined;
		if (!cell('category')) refuse('category', 'required');
		else if (!category) refuse('category', 'invalid_choice');

		const localeText = normalised(cell('locale'));
		const locale = localeText === '' ? 'en' : contentLocales.find((code) => code === localeText.slice(0, 2));
		if (!locale) refuse('locale', 'invalid_language');

		const organisationName = cell('organisationName');
		if (organisationName.length > 200) refuse('organisationName', 'too_long');

		if (refusals.length > before) continue;
		seen.add(address);
		rows.push({
			line,
			row: {
				fullName,
				email: address,
				countryCode: countryCode!,
				profession: profession!,
				category: category!,
				organisationName: organisationName || null,
				locale: locale!
			}
		});
	}
	return { rows, refusals };
}
