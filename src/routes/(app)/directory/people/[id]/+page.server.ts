import { getLocale } from '#lib/paraglide/runtime.js';
import { personInput, personListFields } from '#lib/directory/form-data.js';
import { nestFields } from '#lib/forms/fields.js';
import { archivePerson, getPerson, restorePerson, updatePerson } from '#lib/server/directory/people.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import { personFormChoices } from '../person-form.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const person = await getPerson(locals.actor, params.id);
	// Whoever may read a person's record may also change it (see directory/policies.ts).
	return { person, ...(await personFormChoices(locals.actor, getLocale())) };
};

export const actions: Actions = {
	update: async ({ locals, params, request }) => {
		const values = formValues(await request.formData(), personListFields);
		const result = await attempt(values, () =>
			updatePerson(locals.actor, params.id, personInput(nestFields(values)))
		);
		return result.ok ? { saved: true } : result.failure;
	},
	archive: async ({ locals, params }) => {
		const result = await attempt({}, () => archivePerson(locals.actor, params.id));
		return result.ok ? { archived: true } : result.failure;
	},
	restore: async ({ locals, params }) => {
		const result = await attempt({}, () => restorePerson(locals.actor, params.id));
		return result.ok ? { restored: true } : result.failure;
	}
};
