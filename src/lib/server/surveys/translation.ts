// A survey's round trip through translators' tools (server/translation/): its texts as units, and
// the translations written back into its title, introduction and questions.
import { eq } from 'drizzle-orm';
import type { ContentLocale } from '../../i18n/content-languages.js';
import { SurveyDefinitionSchema } from '../../surveys/definition.js';
import type { TranslationExportSchema, TranslationTargetSchema } from '../../translation/schemas.js';
import type { Actor } from '../auth/actor.js';
import { authorize } from '../auth/authorize.js';
import { survey } from '../db/schema/surveys.js';
import {
	exportTranslation,
	importTranslation,
	translationStatus,
	type Translatable
} from '../translation/translations.js';
import type { FieldsOf } from '../validate.js';
import { getSurveyRow } from './surveys.js';
import { surveyUnits, withTranslations } from './translation-units.js';

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
		const translated = withTranslations(row, locale, texts);
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

/** The survey's texts as XLIFF 1.2 or XLSX for translation into one language (whoever may edit it). */
export const exportSurveyTranslation = (
	actor: Actor,
	surveyId: string,
	input: FieldsOf<typeof TranslationExportSchema>
) => exportTranslation(actor, surveyTranslatable, surveyId, input);

/** Applies a translated XLIFF or XLSX file to the survey, or refuses it with every problem (nothing changed). */
export const importSurveyTranslation = (
	actor: Actor,
	surveyId: string,
	input: FieldsOf<typeof TranslationTargetSchema>,
	content: Uint8Array
) => importTranslation(actor, surveyTranslatable, surveyId, input, content);

/** How far each of the survey's other languages is translated: texts missing, translations outdated. */
export const surveyTranslationStatus = (actor: Actor, surveyId: string) =>
	translationStatus(actor, surveyTranslatable, surveyId);
