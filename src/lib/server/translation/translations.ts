// A translator's round trip for anything that lists its texts as units (surveys today): export them
// for one target language as XLIFF, import the translated file back. An import is checked whole
// against the thing as it is now (its row locked) and refused with every problem listed, or applied
// in one transaction.
import type { ContentLocale } from '../../i18n/content-languages.js';
import { TranslationTargetSchema } from '../../translation/schemas.js';
import type { Actor } from '../auth/actor.js';
import { db, type DbOrTx, type Tx } from '../db/client.js';
import { DomainError } from '../errors.js';
import { parseInput, type FieldsOf } from '../validate.js';
import { checkTranslation } from './check-translation.js';
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

export type TranslationDownload = { fileName: string; mediaType: string; content: string };

/** The texts of a thing in its main language for translation into `target`, with those it has there. */
export async function exportTranslation(
	actor: Actor,
	subject: Translatable,
	id: string,
	input: FieldsOf<typeof TranslationTargetSchema>
): Promise<TranslationDownload> {
	const { target } = parseInput(TranslationTargetSchema, input);
	const texts = await subject.read(actor, db(), id);
	const source = texts.languages[0];
	if (target === source)
		throw new DomainError('invalid', 'target is the source', { fields: { target: ['target_is_source'] } });
	const name =
		texts.title
			.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
			.replace(/\s+/g, ' ')
			.trim() || 'translation';
	return {
		fileName: `${name}.${target}.xlf`,
		mediaType: 'application/xliff+xml',
		content: writeXliff(texts.units, { source, target }, texts.original)
	};
}

/** An import refused: every problem found, nothing applied. */
export const translationRefusal = (problems: TranslationProblem[]) =>
	new DomainError('invalid', 'translation refused', {
		fields: { file: ['translation_refused'] },
		details: { problems }
	});

/**
 * Applies a translated XLIFF file into `target`. Refused (DomainError 'invalid', `details.problems`)
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
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(content);
	} catch {
		throw translationRefusal([{ code: 'not_xml', value: 'not UTF-8' }]);
	}
	const read = readXliff(text);
	if (!read.file) throw translationRefusal(read.problems);
	const file = read.file;
	return db().transaction(async (tx) => {
		const texts = await subject.read(actor, tx, id, true);
		const checked = checkTranslation(texts, file, target);
		const problems = [...read.problems, ...checked.problems];
		if (problems.length > 0) throw translationRefusal(problems);
		await subject.write(tx, id, target, checked.texts);
		return { locale: target, count: checked.texts.size };
	});
}
