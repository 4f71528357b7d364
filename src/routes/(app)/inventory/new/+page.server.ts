import { redirect } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { createPackage, inventoryProgrammeChoices } from '#lib/server/inventory/packages.js';
import { formValues } from '#lib/server/web/forms.js';
import { attemptRecord } from '#lib/server/web/attempt-record.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	programmes: await inventoryProgrammeChoices(locals.actor, getLocale())
});

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const values = formValues(await request.formData(), ['topics', 'audiences', 'languages']);
		const result = await attemptRecord(values, () => createPackage(locals.actor, values));
		if (!result.ok) return result.failure;
		redirect(303, `/inventory/${result.value.id}?created`);
	}
};
