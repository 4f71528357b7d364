// A panellist's round, opened by their personal link: no account, no script. Its texts are in the
// language the panellist chooses among the study's (else the one they were added in), MHub's own
// words too when it has them (else in the interface language).
import { fail, redirect } from '@sveltejs/kit';
import { panelFormValues, panelRoundInput } from '#lib/delphi/panel-form.js';
import type { ContentLocale } from '#lib/i18n/localized.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { openPanelRound, savePanelRound } from '#lib/server/delphi/panel-round.js';
import { respondentWords } from '#lib/server/i18n/respondent-words.js';
import { attempt } from '#lib/server/web/forms.js';
import { followLanguageLink, respondentLanguage } from '#lib/server/web/respondent-language.js';
import type { Actions, PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = async ({ params, url, cookies }) => {
	followLanguageLink(url, cookies);
	const page = await openPanelRound(params.token);
	const language = respondentLanguage(page.study.languages, cookies, page.study.language as ContentLocale);
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
