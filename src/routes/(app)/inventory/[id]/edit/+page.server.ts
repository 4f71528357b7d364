import { redirect } from '@sveltejs/kit';
import { getPackageToEdit, updatePackage } from '#lib/server/inventory/packages.js';
import { formValues } from '#lib/server/web/forms.js';
import { attemptRecord } from '#lib/server/web/attempt-record.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	return { item: await getPackageToEdit(locals.actor, params.id) };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const values = formValues(await request.formData(), ['topics', 'audiences', 'languages']);
		const result = await attemptRecord(values, () => updatePackage(locals.actor, params.id, values));
		if (!result.ok) return result.failure;
		redirect(303, `/inventory/${params.id}?saved`);
	}
};
