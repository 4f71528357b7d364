import { redirect } from '@sveltejs/kit';
import { webAuth } from '#lib/server/web/auth.js';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request }) => {
		const auth = await webAuth();
		await auth.api.signOut({ headers: request.headers });
		redirect(303, '/');
	}
};
