// What a translator asks for: a file of a thing's texts, for one target language.
import { z } from 'zod';
import { contentLanguageTags } from '../i18n/content-languages.js';

/** XLIFF 1.2 for CAT tools (ADR 7), XLSX with a column per language for everyone else. */
export const translationFormats = ['xliff', 'xlsx'] as const;

export const TranslationTargetSchema = z.object({
	/** The language to translate into (the source is the thing's main language). */
	target: z.enum(contentLanguageTags, { error: 'invalid_language' })
});

export const TranslationExportSchema = TranslationTargetSchema.extend({
	format: z.enum(translationFormats, { error: 'invalid_choice' }).default('xliff')
});
