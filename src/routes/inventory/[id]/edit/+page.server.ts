import { error, redirect } from '@sveltejs/kit';
import { getPackage, updatePackage } from '#lib/server/inventory/packages.js';
import { can } from '#lib/server/auth/authorize.js';
import { orHttpError } from '#lib/server/web/errors.js';
import { formValues } from '#lib/server/web/forms.js';
import { attemptRecord } from '../../duplicates.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const item = await orHttpError(() => getPackage(locals.actor, params.id));
	if (!can(locals.actor, 'manage', { kind: 'inventory', programmeId: item.programmeId }))
		error(403, { message: 'forbidden', code: 'forbidden' });
	return { item };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const values = formValues(await request.formData(), ['topics', 'audiences', 'languages']);
		const result = await attemptRecord(values, () => updatePackage(locals.actor, params.id, values));
		if (!result.ok) return result.failure;
		redirect(303, `/inventory/${params.id}?saved`);
	}
};
