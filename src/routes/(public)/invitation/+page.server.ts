import { redirect } from '@sveltejs/kit';
import { acceptInvitation, findInvitation } from '#lib/server/auth/invitations.js';
import { signIn } from '#lib/server/auth/sign-in.js';
import { webAuth } from '#lib/server/web/auth.js';
import { attempt, formValues, passwordsDiffer } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const token = url.searchParams.get('token') ?? '';
	const invitation = token ? await findInvitation(token) : undefined;
	return { token, invitation };
};

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const values = formValues(await request.formData());
		const differ = passwordsDiffer(values, { name: values.name });
		if (differ) return differ;
		const accepted = await attempt(values, () => acceptInvitation(values));
		if (!accepted.ok) return accepted.failure;
		// The new account signs in at once: nobody should have to type the password twice more.
		const auth = await webAuth();
		await signIn(
			auth,
			{ email: accepted.value.email, password: values.password },
			{
				headers: request.headers,
				ipAddress: getClientAddress()
			}
		);
		redirect(303, '/account?welcome');
	}
};
