// A framework's round trip through translators' tools (server/translation/): the draft's texts as
// units, and the translations written back into the draft. A published version is frozen: it keeps
// its texts, and the next one carries the translations.
import { eq, sql } from 'drizzle-orm';
import { localizedText } from '../../i18n/localized.js';
import { authorize } from '../auth/authorize.js';
import { framework, frameworkComponent, frameworkSection } from '../db/schema/frameworks.js';
import { programme } from '../db/schema/programmes.js';
import type { DbOrTx } from '../db/client.js';
import { rowsOf, translatedCopy } from '../translation/slots.js';
import { translationsOf, type Translatable } from '../translation/translations.js';
import { getFrameworkHead, readDraft } from './draft.js';
import { frameworkLanguages, frameworkSlots, frameworkUnits } from './translation-units.js';

async function programmeLanguages(tx: DbOrTx, programmeId: string) {
	const [row] = await tx
		.select({ languages: programme.languages })
		.from(programme)
		.where(eq(programme.id, programmeId));
	return row.languages;
}

const frameworkTranslatable: Translatable = {
	async read(actor, tx, id, lock = false) {
		const head = await getFrameworkHead(tx, id, lock);
		// Translating is editing the draft.
		authorize(actor, 'edit', head);
		const draft = await readDraft(tx, head.id);
		const languages = frameworkLanguages(await programmeLanguages(tx, head.programmeId), draft);
		return {
			original: `mhub:framework/${head.id}`,
			title: localizedText(draft.title, languages[0], languages),
			languages,
			units: frameworkUnits(draft)
		};
	},
	async write(tx, id, locale, texts) {
		const draft = translatedCopy(await readDraft(tx, id), frameworkSlots, locale, texts);
		const touched = rowsOf(texts);
		await tx
			.update(framework)
			.set({ title: draft.title, summary: draft.summary, updatedAt: sql`clock_timestamp()` })
			.where(eq(framework.id, id));
		for (const section of draft.sections) {
			if (touched.has(`section/${section.id}`))
				await tx
					.update(frameworkSection)
					.set({ title: section.title })
					.where(eq(frameworkSection.id, section.id));
			for (const component of section.components)
				if (touched.has(`component/${component.id}`))
					await tx
						.update(frameworkComponent)
						.set({ title: component.title, description: component.description })
						.where(eq(frameworkComponent.id, component.id));
		}
	}
};

/**
 * The draft's texts (for the page), as XLIFF 1.2 or XLSX for translation into one language, and a translated file
 * applied to the draft or refused with every problem (nothing changed): its builders only.
 */
export const {
	textsOf: frameworkTexts,
	exportFile: exportFrameworkTranslation,
	importFile: importFrameworkTranslation
} = translationsOf(frameworkTranslatable);
