import { redirect } from '@sveltejs/kit';
import { scoreEntryFrom } from '#lib/evaluation/form-data.js';
import { enterScores } from '#lib/server/evaluation/entry.js';
import { getScoreSheet } from '#lib/server/evaluation/score-sheet.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

// A plain form: nothing to run in the browser.
export const csr = false;

const countParam = (url: URL, name: string) => {
	const value = Number(url.searchParams.get(name));
	return Number.isInteger(value) && value > 0 ? value : null;
};

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	sheet: await getScoreSheet(locals.actor, params.id, params.phaseId),
	mode: url.searchParams.get('mode') === 'total' ? ('total' as const) : ('items' as const),
	stored: countParam(url, 'stored'),
	imported: countParam(url, 'imported')
});

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () =>
			enterScores(locals.actor, params.id, params.phaseId, scoreEntryFrom(values))
		);
		if (!result.ok) return result.failure;
		const mode = values.mode === 'total' ? 'total' : 'items';
		redirect(303, `?mode=${mode}&stored=${result.value.stored}`);
	}
};
