// A Delphi study's round trip through translators' tools (server/translation/): its title, topic,
// domains and statements as units with ids that never change (`statement/<id>/text`), and the
// translations written back in one transaction. Translating is editing the study: whoever runs it.
import { eq } from 'drizzle-orm';
import type { ContentLocale, Localized } from '../../i18n/localized.js';
import type { TranslationExportSchema, TranslationTargetSchema } from '../../translation/schemas.js';
import type { Actor } from '../auth/actor.js';
import { delphiDomain, delphiStatement, delphiStudy } from '../db/schema/delphi.js';
import {
	exportTranslation,
	importTranslation,
	translationStatus,
	type Translatable
} from '../translation/translations.js';
import type { TextUnit } from '../translation/units.js';
import type { FieldsOf } from '../validate.js';
import { domainsOf, getStudy, type DomainRow } from './studies.js';

type StudyTexts = { title: Localized; topic: Localized | null; domains: DomainRow[] };

/** The study's texts in reading order, with the limits of delphi/schemas.ts. */
export function studyUnits(study: StudyTexts): TextUnit[] {
	const units: TextUnit[] = [
		{ id: 'study/title', text: study.title, maxLength: 300, note: 'Study title' },
		{ id: 'study/topic', text: study.topic ?? {}, maxLength: 4000, note: 'Study topic' }
	];
	study.domains.forEach((domain, at) => {
		units.push({
			id: `domain/${domain.id}/title`,
			text: domain.title,
			maxLength: 300,
			note: `Domain ${at + 1}`
		});
		for (const statement of domain.statements)
			units.push({
				id: `statement/${statement.id}/text`,
				text: statement.text,
				maxLength: 2000,
				note: `Domain ${at + 1}, statement ${statement.position}: rated by the panel`
			});
	});
	return units;
}

/** `value` with `text` in `locale`, when the file brings one. */
const withText = <T extends Localized | null>(value: T, locale: ContentLocale, text: string | undefined) =>
	text === undefined ? value : { ...value, [locale]: text };

const studyTranslatable: Translatable = {
	async read(actor, tx, id, lock = false) {
		if (lock)
			await tx.select({ id: delphiStudy.id }).from(delphiStudy).where(eq(delphiStudy.id, id)).for('update');
		const study = await getStudy(actor, id, tx);
		const languages = study.languages as ContentLocale[];
		return {
			original: `mhub:delphi-study/${study.id}`,
			title: study.title[languages[0]] ?? Object.values(study.title)[0] ?? '',
			languages,
			units: studyUnits({ ...study, domains: await domainsOf(id, tx) })
		};
	},
	async write(tx, id, locale, texts) {
		const [study] = await tx.select().from(delphiStudy).where(eq(delphiStudy.id, id));
		await tx
			.update(delphiStudy)
			.set({
				title: withText(study.title, locale, texts.get('study/title')),
				topic: withText(study.topic, locale, texts.get('study/topic')),
				languages: [...new Set([...study.languages, locale])]
			})
			.where(eq(delphiStudy.id, id));
		for (const domain of await domainsOf(id, tx)) {
			const title = texts.get(`domain/${domain.id}/title`);
			if (title !== undefined)
				await tx
					.update(delphiDomain)
					.set({ title: { ...domain.title, [locale]: title } })
					.where(eq(delphiDomain.id, domain.id));
			for (const statement of domain.statements) {
				const text = texts.get(`statement/${statement.id}/text`);
				if (text !== undefined)
					await tx
						.update(delphiStatement)
						.set({ text: { ...statement.text, [locale]: text } })
						.where(eq(delphiStatement.id, statement.id));
			}
		}
	}
};

/** The study's texts as XLIFF 1.2 or XLSX for translation into one language (whoever runs the study). */
export const exportStudyTranslation = (
	actor: Actor,
	studyId: string,
	input: FieldsOf<typeof TranslationExportSchema>
) => exportTranslation(actor, studyTranslatable, studyId, input);

/** Applies a translated XLIFF or XLSX file to the study, or refuses it with every problem (nothing changed). */
export const importStudyTranslation = (
	actor: Actor,
	studyId: string,
	input: FieldsOf<typeof TranslationTargetSchema>,
	content: Uint8Array
) => importTranslation(actor, studyTranslatable, studyId, input, content);

/** How far each of the study's other languages is translated: texts missing, translations outdated. */
export const studyTranslationStatus = (actor: Actor, studyId: string) =>
	translationStatus(actor, studyTranslatable, studyId);
