import { nestFields } from '#lib/forms/fields.js';
import { getPackage } from '#lib/server/inventory/packages.js';
import { can } from '#lib/server/auth/authorize.js';
import { packageReviews, submitReview } from '#lib/server/inventory/reviews.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const [item, reviews] = await Promise.all([
		getPackage(locals.actor, params.id),
		packageReviews(locals.actor, params.id)
	]);
	return {
		item,
		reviews,
		canManage: can(locals.actor, 'manage', { kind: 'inventory', programmeId: item.programmeId }),
		created: url.searchParams.has('created'),
		saved: url.searchParams.has('saved')
	};
};

export const actions: Actions = {
	review: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		// Scores come as "scores.<criterion id>" fields.
		const result = await attempt(values, () => submitReview(locals.actor, params.id, nestFields(values)));
		if (!result.ok) return result.failure;
		return { reviewed: true };
	}
};
