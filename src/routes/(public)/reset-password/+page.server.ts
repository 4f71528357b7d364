import { redirect } from '@sveltejs/kit';
import { resetPassword } from '#lib/server/auth/password-reset.js';
import { attempt, formValues, passwordsDiffer } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token') ?? '' });

export const actions: Actions = {
	default: async ({ request }) => {
		const values = formValues(await request.formData());
		const differ = passwordsDiffer(values);
		if (differ) return differ;
		const result = await attempt(values, () => resetPassword(values));
		if (!result.ok) return result.failure;
		redirect(303, '/sign-in?reset=1');
	}
};
