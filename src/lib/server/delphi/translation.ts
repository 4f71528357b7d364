// A Delphi study's round trip through translators' tools (server/translation/): its title, topic,
// domains and statements as units with ids that never change (`statement/<id>/text`), and the
// translations written back in one transaction. Translating is editing the study: whoever runs it.
import { eq } from 'drizzle-orm';
import type { ContentLocale, Localized } from '../../i18n/localized.js';
import { delphiDomain, delphiStatement, delphiStudy } from '../db/schema/delphi.js';
import { rowsOf, slotList, translatedCopy, unitsOf, type Slot } from '../translation/slots.js';
import { translationsOf, type Translatable } from '../translation/translations.js';
import { domainsOf, getStudy, type DomainRow } from './studies.js';

type StudyTexts = { title: Localized; topic: Localized | null; domains: DomainRow[] };

/** Where each text of the study is, in reading order, with the limits of delphi/schemas.ts. */
function studySlots(study: StudyTexts): Slot[] {
	const { slots, add } = slotList();
	add('study/title', 'Study title', 300, study, 'title');
	add('study/topic', 'Study topic', 4000, study, 'topic');
	for (const [at, domain] of study.domains.entries()) {
		add(`domain/${domain.id}/title`, `Domain ${at + 1}`, 300, domain, 'title');
		for (const statement of domain.statements)
			add(
				`statement/${statement.id}/text`,
				`Domain ${at + 1}, statement ${statement.position}: rated by the panel`,
				2000,
				statement,
				'text'
			);
	}
	return slots;
}

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
			units: unitsOf(studySlots({ ...study, domains: await domainsOf(id, tx) }))
		};
	},
	async write(tx, id, locale, texts) {
		const [row] = await tx.select().from(delphiStudy).where(eq(delphiStudy.id, id));
		const study = translatedCopy({ ...row, domains: await domainsOf(id, tx) }, studySlots, locale, texts);
		const touched = rowsOf(texts);
		await tx
			.update(delphiStudy)
			.set({ title: study.title, topic: study.topic, languages: [...new Set([...row.languages, locale])] })
			.where(eq(delphiStudy.id, id));
		for (const domain of study.domains) {
			if (touched.has(`domain/${domain.id}`))
				await tx.update(delphiDomain).set({ title: domain.title }).where(eq(delphiDomain.id, domain.id));
			for (const statement of domain.statements)
				if (touched.has(`statement/${statement.id}`))
					await tx
						.update(delphiStatement)
						.set({ text: statement.text })
						.where(eq(delphiStatement.id, statement.id));
		}
	}
};

/**
 * The study's texts (for its Translations page), as XLIFF 1.2 or XLSX for translation into one
 * language, and a translated file applied to it or refused with every problem (nothing changed):
 * whoever runs the study.
 */
export const {
	textsOf: studyTexts,
	exportFile: exportStudyTranslation,
	importFile: importStudyTranslation
} = translationsOf(studyTranslatable);
