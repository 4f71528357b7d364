// A panellist's round, opened by their personal link: no account, no script.
import { fail, redirect } from '@sveltejs/kit';
import { panelFormValues, panelRoundInput } from '#lib/delphi/panel-form.js';
import { openPanelRound, savePanelRound } from '#lib/server/delphi/panel-round.js';
import { attempt } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = async ({ params, url }) => ({
	page: await openPanelRound(params.token),
	/** Set by the redirect after a save, so that reloading the page does not post the form again. */
	saved: ['saved', 'submitted'].find((state) => state === url.searchParams.get('saved')) ?? null
});

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
