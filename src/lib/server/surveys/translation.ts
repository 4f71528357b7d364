// A survey's round trip through translators' tools (server/translation/): its texts as units, and
// the translations written back into its title, introduction and questions.
import { eq } from 'drizzle-orm';
import type { ContentLocale } from '../../i18n/content-languages.js';
import { SurveyDefinitionSchema } from '../../surveys/definition.js';
import { authorize } from '../auth/authorize.js';
import { survey } from '../db/schema/surveys.js';
import { translatedCopy } from '../translation/slots.js';
import { translationsOf, type Translatable } from '../translation/translations.js';
import { getSurveyRow } from './surveys.js';
import { surveySlots, surveyUnits } from './translation-units.js';

const surveyTranslatable: Translatable = {
	async read(actor, tx, id, lock = false) {
		const row = await getSurveyRow(tx, id, lock);
		// Translating is editing the survey's texts.
		authorize(actor, 'run', { kind: 'survey', programmeId: row.programmeId });
		const languages = row.languages as ContentLocale[];
		return {
			original: `mhub:survey/${row.id}`,
			title: row.title[languages[0]] ?? Object.values(row.title)[0] ?? '',
			languages,
			units: surveyUnits(row)
		};
	},
	async write(tx, id, locale, texts) {
		const row = await getSurveyRow(tx, id, true);
		const translated = translatedCopy(row, surveySlots, locale, texts);
		await tx
			.update(survey)
			.set({
				title: translated.title,
				introduction: translated.introduction,
				definition: SurveyDefinitionSchema.parse(translated.definition),
				languages: [...new Set([...row.languages, locale])]
			})
			.where(eq(survey.id, id));
	}
};

/**
 * The survey's texts (for its Translations page), as XLIFF 1.2 or XLSX for translation into one
 * language, and a translated file applied to it or refused with every problem (nothing changed):
 * whoever may edit it.
 */
export const {
	textsOf: surveyTexts,
	exportFile: exportSurveyTranslation,
	importFile: importSurveyTranslation
} = translationsOf(surveyTranslatable);
