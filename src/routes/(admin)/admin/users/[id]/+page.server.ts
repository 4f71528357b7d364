import { getLocale } from '#lib/paraglide/runtime.js';
import { grantInput } from '#lib/auth/grant-form.js';
import { grantRole, revokeGrant } from '#lib/server/auth/grants.js';
import { getUserWithGrants } from '#lib/server/auth/users.js';
import { scopeChoices } from '#lib/server/auth/scope-choices.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const person = await getUserWithGrants(locals.actor, params.id);
	return { person, ...(await scopeChoices(locals.actor, getLocale())) };
};

export const actions: Actions = {
	grant: async ({ locals, params, request }) => {
		const values = formValues(await request.formData(), ['countryCodes']);
		const result = await attempt(values, () => grantRole(locals.actor, params.id, grantInput(values)));
		return result.ok ? { granted: true } : result.failure;
	},
	revoke: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () => revokeGrant(locals.actor, params.id, String(values.grantId)));
		return result.ok ? { revoked: true } : result.failure;
	}
};
