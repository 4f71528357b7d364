import { redirect } from '@sveltejs/kit';
import { signIn } from '#lib/server/auth/sign-in.js';
import { webAuth } from '#lib/server/web/auth.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import { localRedirectTarget } from '#lib/server/web/redirect-target.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.actor.kind === 'user')
		redirect(303, localRedirectTarget(url.searchParams.get('redirectTo'), url.origin));
};

export const actions: Actions = {
	default: async ({ request, url, getClientAddress }) => {
		const values = formValues(await request.formData());
		const auth = await webAuth();
		const result = await attempt(values, () =>
			signIn(auth, values, { headers: request.headers, ipAddress: getClientAddress() })
		);
		if (!result.ok) return result.failure;
		redirect(303, localRedirectTarget(url.searchParams.get('redirectTo'), url.origin));
	}
};
