import { redirect } from '@sveltejs/kit';
import { signIn } from '#lib/server/auth/sign-in.js';
import { webAuth } from '#lib/server/web/auth.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

/** Only paths on this site: never an open redirect. */
const safeTarget = (target: string | null) =>
	target?.startsWith('/') && !target.startsWith('//') ? target : '/';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.actor.kind === 'user') redirect(303, safeTarget(url.searchParams.get('redirectTo')));
};

export const actions: Actions = {
	default: async ({ request, url, getClientAddress }) => {
		const values = formValues(await request.formData());
		const auth = await webAuth();
		const result = await attempt(values, () =>
			signIn(auth, values, { headers: request.headers, ipAddress: getClientAddress() })
		);
		if (!result.ok) return result.failure;
		redirect(303, safeTarget(url.searchParams.get('redirectTo')));
	}
};
