// A panellist's round, opened by their personal link: no account, no script. Its texts are in the
// panellist's language when the study declares it (else the reader's), MHub's own words too when it
// has them (else in the interface language).
import { fail, redirect } from '@sveltejs/kit';
import { panelFormValues, panelRoundInput } from '#lib/delphi/panel-form.js';
import type { ContentLocale } from '#lib/i18n/localized.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { openPanelRound, savePanelRound } from '#lib/server/delphi/panel-round.js';
import { respondentWords } from '#lib/server/i18n/respondent-words.js';
import { attempt } from '#lib/server/web/forms.js';
import { readerLanguageFor } from '#lib/server/web/reader-language.js';
import type { Actions, PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = async ({ params, url, request, cookies }) => {
	const page = await openPanelRound(params.token);
	const { languages } = page.study;
	const own = languages.find((tag) => tag === page.study.language);
	const reader = own ?? readerLanguageFor({ request, cookies }, languages);
	const language: ContentLocale = languages.includes(reader) ? reader : (languages[0] ?? reader);
	return {
		page,
		language,
		words: respondentWords('delphi', language, getLocale()),
		/** Set by the redirect after a save, so that reloading the page does not post the form again. */
		saved: ['saved', 'submitted'].find((state) => state === url.searchParams.get('saved')) ?? null
	};
};

export const actions: Actions = {
	default: async ({ params, request }) => {
		const input = panelRoundInput(await request.formData());
		const values = { ...panelFormValues(input), suggestions: input.suggestions ?? '' };
		const result = await attempt(values, () => savePanelRound(params.token, input));
		if (!result.ok) return result.failure;
		if (!result.value.ok) return fail(400, { fields: result.value.errors, values, code: 'invalid' });
		redirect(303, `?saved=${result.value.submitted ? 'submitted' : 'saved'}`);
	}
};
