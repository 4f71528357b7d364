import { getLocale } from '#lib/paraglide/runtime.js';
import { assertUser } from '#lib/server/auth/authorize.js';
import { createApiToken, listApiTokens, revokeApiToken } from '#lib/server/auth/api-tokens.js';
import { scopeChoices } from '#lib/server/auth/scope-choices.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const { actor } = locals;
	assertUser(actor);
	const tokens = await listApiTokens(actor);
	const choices = await scopeChoices(actor, getLocale());
	return { name: actor.name, email: actor.email, grants: actor.grants, tokens, ...choices };
};

export const actions: Actions = {
	createToken: async ({ locals, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () => createApiToken(locals.actor, values));
		return result.ok ? { newToken: result.value.token } : result.failure;
	},
	revokeToken: async ({ locals, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () => revokeApiToken(locals.actor, String(values.tokenId)));
		return result.ok ? { revoked: true } : result.failure;
	}
};
