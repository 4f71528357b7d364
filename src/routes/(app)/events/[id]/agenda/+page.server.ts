import { declaredLanguages } from '#lib/i18n/content-languages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { nestFields } from '#lib/forms/fields.js';
import { addAgendaItem, getAgenda, removeAgendaItem, updateAgendaItem } from '#lib/server/events/agenda.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const agenda = await getAgenda(locals.actor, params.id);
	return { agenda, declared: declaredLanguages(agenda.languages, getLocale()) };
};

export const actions: Actions = {
	add: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () => addAgendaItem(locals.actor, params.id, nestFields(values)));
		return result.ok ? { added: true } : result.failure;
	},
	update: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () =>
			updateAgendaItem(locals.actor, params.id, String(values.itemId ?? ''), nestFields(values))
		);
		return result.ok ? { saved: true } : result.failure;
	},
	remove: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt({}, () =>
			removeAgendaItem(locals.actor, params.id, String(values.itemId ?? ''))
		);
		return result.ok ? { removed: true } : result.failure;
	}
};
