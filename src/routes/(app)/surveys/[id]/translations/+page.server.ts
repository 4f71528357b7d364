import { contentLanguageName, contentLanguagesByName } from '#lib/i18n/content-languages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { getSurvey } from '#lib/server/surveys/surveys.js';
import { importSurveyTranslation } from '#lib/server/surveys/translation.js';
import { maxTranslationBytes } from '#lib/server/translation/translations.js';
import type { TranslationProblem } from '#lib/server/translation/units.js';
import { attempt } from '#lib/server/web/forms.js';
import { readUploadForm } from '#lib/server/web/upload.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const survey = await getSurvey(locals.actor, params.id);
	const reader = getLocale();
	return {
		survey: { id: survey.id, title: survey.title },
		source: contentLanguageName(survey.languages[0], reader),
		languages: contentLanguagesByName(reader)
			.filter((tag) => tag !== survey.languages[0])
			.map((tag) => ({ value: tag, label: contentLanguageName(tag, reader) })),
		maxMegabytes: maxTranslationBytes / 1024 / 1024
	};
};

export const actions: Actions = {
	/** Applies a translated XLIFF file, or lists every problem with it (nothing changed). */
	import: async ({ locals, params, request }) => {
		// Who posts is known before a byte of the upload is read: others are refused unread.
		await getSurvey(locals.actor, params.id);
		const read = await attempt({}, () => readUploadForm(request, 'translation_too_large'));
		if (!read.ok) return read.failure;
		const target = read.value.get('target');
		const file = read.value.get('file');
		const values = { target: typeof target === 'string' ? target : '' };
		const content = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
		const result = await attempt(
			values,
			() => importSurveyTranslation(locals.actor, params.id, values, content),
			(refusal) => ({ problems: (refusal.details?.problems ?? []) as TranslationProblem[] })
		);
		if (!result.ok) return result.failure;
		return {
			translated: result.value.count,
			language: contentLanguageName(result.value.locale, getLocale())
		};
	}
};
