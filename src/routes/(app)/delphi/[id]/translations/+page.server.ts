import { getStudy } from '#lib/server/delphi/studies.js';
import { importStudyTranslation, studyTranslationStatus } from '#lib/server/delphi/translation.js';
import { importTranslationAction, translationPageData } from '#lib/server/web/translation-page.js';
import type { ContentLocale } from '#lib/i18n/content-languages.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const study = await getStudy(locals.actor, params.id);
	return {
		study: { id: study.id, title: study.title },
		...translationPageData(
			study.languages as ContentLocale[],
			await studyTranslationStatus(locals.actor, study.id)
		)
	};
};

export const actions: Actions = {
	/** Applies a translated XLIFF or XLSX file, or lists every problem with it (nothing changed). */
	import: async ({ locals, params, request }) => {
		// Who posts is known before a byte of the upload is read: others are refused unread.
		await getStudy(locals.actor, params.id);
		return importTranslationAction(request, (input, content) =>
			importStudyTranslation(locals.actor, params.id, input, content)
		);
	}
};
