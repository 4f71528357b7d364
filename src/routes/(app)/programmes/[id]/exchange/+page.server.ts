import { nestFields } from '#lib/forms/fields.js';
import { checkAdxExport } from '#lib/server/evaluation/adx-export.js';
import { getAdxMapping, saveAdxMapping } from '#lib/server/evaluation/adx-mapping.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

// Plain forms (the mapping posted, the download a GET): nothing to do in the browser.
export const csr = false;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const page = await getAdxMapping(locals.actor, params.id);
	const period = { from: url.searchParams.get('from'), to: url.searchParams.get('to') };
	// A download refused comes back here with its quarters: say why, beside the form.
	const check =
		period.from === null && period.to === null
			? null
			: await checkAdxExport(locals.actor, params.id, { from: period.from ?? '', to: period.to ?? '' });
	return { ...page, period, check };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () => saveAdxMapping(locals.actor, params.id, nestFields(values)));
		return result.ok ? { saved: true } : result.failure;
	}
};
