import { declaredLanguages, type ContentLocale } from '#lib/i18n/content-languages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { addPanellists, listPanel, panelCandidates } from '#lib/server/delphi/panel.js';
import { getStudy } from '#lib/server/delphi/studies.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import { absoluteLink } from '#lib/server/web/links.js';
import { panelPath } from '#lib/delphi/panel-mail.js';
import type { Actions, PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const query = url.searchParams.get('q') ?? '';
	const [study, panel, candidates] = await Promise.all([
		getStudy(locals.actor, params.id),
		listPanel(locals.actor, params.id),
		panelCandidates(locals.actor, params.id, query)
	]);
	return {
		study: { id: study.id, title: study.title },
		languages: declaredLanguages(study.languages as ContentLocale[], getLocale()),
		query,
		panel: panel.map(({ token, ...row }) => ({ ...row, link: absoluteLink(panelPath(token)) })),
		candidates,
		groups: [...new Set(panel.map((row) => row.stakeholderGroup))]
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const values = formValues(await request.formData(), ['personIds']);
		const result = await attempt(values, () => addPanellists(locals.actor, params.id, values));
		return result.ok ? { added: result.value.added } : result.failure;
	}
};
