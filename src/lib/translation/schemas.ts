// What a translator asks for: a file of a thing's texts, for one target language.
import { z } from 'zod';
import { contentLanguageTags } from '../i18n/content-languages.js';

export const TranslationTargetSchema = z.object({
	/** The language to translate into (the source is the thing's main language). */
	target: z.enum(contentLanguageTags, { error: 'invalid_language' })
});
