import { fail, redirect } from '@sveltejs/kit';
import { resetPassword } from '#lib/server/auth/password-reset.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token') ?? '' });

export const actions: Actions = {
	default: async ({ request }) => {
		const values = formValues(await request.formData());
		if (values.password !== values.confirmPassword) {
			return fail(400, { fields: { confirmPassword: ['passwords_differ'] }, values: {}, code: 'invalid' });
		}
		const result = await attempt(values, () => resetPassword(values));
		if (!result.ok) return result.failure;
		redirect(303, '/sign-in?reset=1');
	}
};
