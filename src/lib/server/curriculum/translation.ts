// A training package's round trip through translators' tools (server/translation/): the draft's
// texts as units, and the translations written back into the draft. Published versions stay frozen;
// the next one carries the translations.
import { eq, sql } from 'drizzle-orm';
import { localizedText } from '../../i18n/localized.js';
import { authorize } from '../auth/authorize.js';
import { packageModule, packageSession, sessionMaterial, trainingPackage } from '../db/schema/curriculum.js';
import { translationsOf, type Translatable } from '../translation/translations.js';
import { getPackageHead, readDraft } from './draft.js';
import { rowsOf, translatedCopy } from '../translation/slots.js';
import { packageSlots, packageUnits } from './translation-units.js';

const packageTranslatable: Translatable = {
	async read(actor, tx, id, lock = false) {
		const head = await getPackageHead(tx, id, lock);
		// Translating is editing the draft.
		authorize(actor, 'edit', head);
		const draft = await readDraft(tx, head.id);
		return {
			original: `mhub:package/${head.id}`,
			title: localizedText(draft.title, head.languages[0], head.languages),
			languages: head.languages,
			units: packageUnits(draft)
		};
	},
	async write(tx, id, locale, texts) {
		const head = await getPackageHead(tx, id, true);
		const draft = translatedCopy(await readDraft(tx, id), packageSlots, locale, texts);
		const touched = rowsOf(texts);
		await tx
			.update(trainingPackage)
			.set({
				title: draft.title,
				summary: draft.summary,
				languages: [...new Set([...head.languages, locale])],
				updatedAt: sql`clock_timestamp()`
			})
			.where(eq(trainingPackage.id, id));
		for (const module of draft.modules) {
			if (touched.has(`module/${module.id}`))
				await tx
					.update(packageModule)
					.set({ title: module.title, summary: module.summary })
					.where(eq(packageModule.id, module.id));
			for (const session of module.sessions) {
				if (touched.has(`session/${session.id}`))
					await tx
						.update(packageSession)
						.set({ title: session.title, objectives: session.objectives, trainerNotes: session.trainerNotes })
						.where(eq(packageSession.id, session.id));
				for (const material of session.materials)
					if (touched.has(`material/${material.id}`))
						await tx
							.update(sessionMaterial)
							.set({ title: material.title })
							.where(eq(sessionMaterial.id, material.id));
			}
		}
	}
};

/**
 * The draft's texts (for the page), as XLIFF 1.2 or XLSX for translation into one language, and a translated file
 * applied to the draft or refused with every problem (nothing changed): its editors only.
 */
export const {
	textsOf: packageTexts,
	exportFile: exportPackageTranslation,
	importFile: importPackageTranslation
} = translationsOf(packageTranslatable);
