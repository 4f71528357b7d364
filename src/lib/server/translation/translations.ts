// A translator's round trip for anything that lists its texts as units (surveys, Delphi studies,
// training packages, frameworks: each <domain>/translation.ts a `Translatable`): export them
// for one target language as XLIFF or XLSX, import the translated file back. An import is checked whole
// against the thing as it is now (its row locked) and refused with every problem listed, or applied
// in one transaction, with a hash of each translated unit's source so that a later change of the source
// marks the translation outdated (outdated.ts).
import type { ContentLocale } from '../../i18n/content-languages.js';
import { TranslationExportSchema, TranslationTargetSchema } from '../../translation/schemas.js';
import type { Actor } from '../auth/actor.js';
import { db, type DbOrTx, type Tx } from '../db/client.js';
import { DomainError } from '../errors.js';
import { tableMediaTypes } from '../files/table-file.js';
import { startsAsZip } from '../files/zip.js';
import { parseInput, type FieldsOf } from '../validate.js';
import { checkTranslation } from './check-translation.js';
import { confirmedUnits, outdatedUnits, sourceHash } from './outdated.js';
import { readSourceHashes, recordSourceHashes } from './source-hashes.js';
import { readTranslationTable, writeTranslationTable } from './translation-table.js';
import type { SubjectTexts, TranslationProblem } from './units.js';
import { readXliff, writeXliff } from './xliff.js';

/** How a kind of thing offers its texts to translators. */
export type Translatable = {
	/** Its texts, once the actor is allowed to change them (the row locked when `lock`). */
	read(actor: Actor, tx: DbOrTx, id: string, lock?: boolean): Promise<SubjectTexts>;
	/** Writes `texts` (unit id → text) in `locale` and declares it, inside the import's transaction. */
	write(tx: Tx, id: string, locale: ContentLocale, texts: ReadonlyMap<string, string>): Promise<void>;
};

/** Larger than any questionnaire's XLIFF (a 500-question survey in two languages is about 1 MB). */
export const maxTranslationBytes = 4 * 1024 * 1024;

export type TranslationDownload = { fileName: string; mediaType: string; content: Uint8Array };

/**
 * The texts of a thing in its main language for translation into `target`, with those it has there:
 * XLIFF, or XLSX with a column per language (its other languages between the source and the target).
 */
export async function exportTranslation(
	actor: Actor,
	subject: Translatable,
	id: string,
	input: FieldsOf<typeof TranslationExportSchema>
): Promise<TranslationDownload> {
	const { target, format } = parseInput(TranslationExportSchema, input);
	const texts = await subject.read(actor, db(), id);
	const source = texts.languages[0];
	if (target === source)
		throw new DomainError('invalid', 'target is the source', { fields: { target: ['target_is_source'] } });
	const recorded = (await readSourceHashes(db(), texts.original)).get(target) ?? new Map();
	const outdated = outdatedUnits(texts.units, { source, target }, recorded);
	const name =
		texts.title
			.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
			.replace(/\s+/g, ' ')
			.trim() || 'translation';
	if (format === 'xlsx') {
		const others = texts.languages.filter((locale) => locale !== source && locale !== target);
		return {
			fileName: `${name}.${target}.xlsx`,
			mediaType: tableMediaTypes.xlsx,
			content: await writeTranslationTable(texts.units, [source, ...others, target], outdated)
		};
	}
	return {
		fileName: `${name}.${target}.xlf`,
		mediaType: 'application/xliff+xml',
		content: new TextEncoder().encode(writeXliff(texts.units, { source, target }, texts.original, outdated))
	};
}

/**
 * A kind of thing's round trip with its `subject` bound: its texts (title, languages, units) once the
 * actor may translate it, its export and its import (exportTranslation, importTranslation).
 */
export const translationsOf = (subject: Translatable) => ({
	textsOf: (actor: Actor, id: string) => subject.read(actor, db(), id),
	exportFile: (actor: Actor, id: string, input: FieldsOf<typeof TranslationExportSchema>) =>
		exportTranslation(actor, subject, id, input),
	importFile: (
		actor: Actor,
		id: string,
		input: FieldsOf<typeof TranslationTargetSchema>,
		content: Uint8Array
	) => importTranslation(actor, subject, id, input, content)
});

/** An import refused: every problem found, nothing applied. */
export const translationRefusal = (problems: TranslationProblem[]) =>
	new DomainError('invalid', 'translation refused', {
		fields: { file: ['translation_refused'] },
		details: { problems }
	});

/**
 * Applies a translated XLIFF or XLSX file (told apart by their content) into `target`. Refused (DomainError 'invalid', `details.problems`)
 * with every problem when anything does not match; otherwise all its translations are written at
 * once and `target` added to the thing's languages. Returns how many texts were translated.
 */
export async function importTranslation(
	actor: Actor,
	subject: Translatable,
	id: string,
	input: FieldsOf<typeof TranslationTargetSchema>,
	content: Uint8Array
): Promise<{ locale: ContentLocale; count: number }> {
	// Allowed before a byte is parsed; checked again below with the row locked.
	await subject.read(actor, db(), id);
	const { target } = parseInput(TranslationTargetSchema, input);
	if (content.length === 0) throw translationRefusal([{ code: 'empty' }]);
	if (content.length > maxTranslationBytes) throw translationRefusal([{ code: 'too_large' }]);
	const read = startsAsZip(content) ? await readTable(content, target) : readXmlFile(content);
	if (!read.file) throw translationRefusal(read.problems);
	const file = read.file;
	return db().transaction(async (tx) => {
		const texts = await subject.read(actor, tx, id, true);
		const checked = checkTranslation(texts, file, target);
		const problems = [...read.problems, ...checked.problems];
		if (problems.length > 0) throw translationRefusal(problems);
		const source = texts.languages[0];
		const current = new Map(texts.units.map((unit) => [unit.id, unit.text[source] ?? '']));
		const confirmed = confirmedUnits(texts.units, file.units, target, checked.texts);
		await subject.write(tx, id, target, checked.texts);
		await recordSourceHashes(
			tx,
			texts.original,
			target,
			new Map(confirmed.map((unit) => [unit, sourceHash(source, current.get(unit) ?? '')]))
		);
		return { locale: target, count: checked.texts.size };
	});
}

/** How far a declared language (other than the main one) is translated. */
export type LanguageStatus = {
	locale: ContentLocale;
	/** Texts of the main language without a translation in this one. */
	missing: number;
	/** Translations whose source text changed since they were imported. */
	outdated: number;
};

/** For each declared language after the main one: how many texts are missing and how many are outdated. */
export async function translationStatus(texts: SubjectTexts): Promise<LanguageStatus[]> {
	const [source, ...others] = texts.languages;
	const recorded = await readSourceHashes(db(), texts.original);
	const units = texts.units.filter((unit) => unit.text[source]);
	return others.map((target) => ({
		locale: target,
		missing: units.filter((unit) => !unit.text[target]).length,
		outdated: outdatedUnits(units, { source, target }, recorded.get(target) ?? new Map()).size
	}));
}

type ReadFile = ReturnType<typeof readXliff>;

async function readTable(content: Uint8Array, target: ContentLocale): Promise<ReadFile> {
	const file = await readTranslationTable(content, target);
	return file ? { file, problems: [] } : { problems: [{ code: 'no_language_columns', value: target }] };
}

function readXmlFile(content: Uint8Array): ReadFile {
	try {
		return readXliff(new TextDecoder('utf-8', { fatal: true }).decode(content));
	} catch {
		return { problems: [{ code: 'not_xml', value: 'not UTF-8' }] };
	}
}
