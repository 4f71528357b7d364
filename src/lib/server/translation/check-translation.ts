// Whether a translated file fits the thing it translates, unit by unit: every problem is listed, and
// only a file without any is applied (by translations.ts, in one transaction).
import { contentLanguageOf, type ContentLocale } from '../../i18n/content-languages.js';
import type { SubjectTexts, TranslationFile, TranslationProblem } from './units.js';

/** Tools may re-wrap a text that was not marked to keep its spaces: sources are compared without them. */
export const comparable = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The problems of `file` against `subject` when translating into `target`, or the texts it brings
 * (unit id → text). A unit with an empty target is left as it is.
 */
export function checkTranslation(
	subject: SubjectTexts,
	file: TranslationFile,
	target: ContentLocale
): { problems: TranslationProblem[]; texts: Map<string, string> } {
	const problems: TranslationProblem[] = [];
	const texts = new Map<string, string>();
	if (file.original !== undefined && file.original !== subject.original)
		problems.push({ code: 'other_original', value: file.original });
	const source = contentLanguageOf(file.sourceLanguage);
	if (!source || !subject.languages.includes(source))
		problems.push({ code: 'other_source_language', value: file.sourceLanguage });
	const fileTarget = contentLanguageOf(file.targetLanguage);
	if (!fileTarget) problems.push({ code: 'unknown_language', value: file.targetLanguage });
	else if (fileTarget !== target)
		problems.push({ code: 'other_target_language', value: file.targetLanguage });
	else if (fileTarget === source) problems.push({ code: 'target_is_source', value: file.targetLanguage });

	const known = new Map(subject.units.map((unit) => [unit.id, unit]));
	const seen = new Set<string>();
	for (const unit of file.units) {
		if (!unit.id) {
			problems.push({ code: 'no_unit_id' });
			continue;
		}
		if (seen.has(unit.id)) {
			problems.push({ unit: unit.id, code: 'duplicate_unit' });
			continue;
		}
		seen.add(unit.id);
		const current = known.get(unit.id);
		if (!current) {
			problems.push({ unit: unit.id, code: 'unknown_unit' });
			continue;
		}
		if (source && comparable(unit.source) !== comparable(current.text[source] ?? '')) {
			problems.push({ unit: unit.id, code: 'source_changed', value: unit.source.slice(0, 200) });
			continue;
		}
		const text = unit.target?.trim() ?? '';
		if (!text) continue;
		if (text.length > current.maxLength)
			problems.push({ unit: unit.id, code: 'too_long', value: String(current.maxLength) });
		else texts.set(unit.id, text);
	}
	if (problems.length === 0 && texts.size === 0) problems.push({ code: 'nothing_translated' });
	return { problems, texts };
}
